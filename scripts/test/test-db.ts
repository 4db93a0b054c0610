import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { inject } from "vitest";
import { PrismaClient } from "@/server/generated/prisma/client";

/** A migrated back-office database of this test file's own (a copy of the template). */
export function createTestDb() {
  const template = inject("templateDb");
  const file = path.join(path.dirname(template), "tmp", `${randomUUID()}.db`);
  fs.copyFileSync(template, file);
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
}
