import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { createDbClient } from "@/server/db-client";

/** A migrated back-office database file of this test file's own (a copy of the template). */
export function createTestDbFile() {
  const template = inject("templateDb");
  const file = path.join(path.dirname(template), "tmp", `${randomUUID()}.db`);
  fs.copyFileSync(template, file);
  return file;
}

/** A client of a migrated back-office database of this test file's own. */
export function createTestDb() {
  return createDbClient(`file:${createTestDbFile()}`);
}
