import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmulatorProcess } from "./emulator-process";
import { testDataDir, testEnv } from "./test-env.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
// Each run has its own folder (and the emulator a free port), so runs started side by side do not collide.
const runDir = path.join(testDataDir, `vitest-${process.pid}`);
const templateDb = path.join(runDir, "template.db");
const emulatorDb = path.join(runDir, "emulator.db");

declare module "vitest" {
  export interface ProvidedContext {
    emulatorUrl: string;
    templateDb: string;
  }
}

/**
 * Migrates a template back-office database (each test file copies it) and starts a real emulator
 * process on its own port and database, reached over HTTP like the real Stamps API.
 */
export default async function setup(project: TestProject) {
  fs.mkdirSync(path.join(runDir, "tmp"), { recursive: true });
  Object.assign(process.env, testEnv);
  const migrate = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${templateDb}` },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`Migrating the test database failed:\n${migrate.stdout}${migrate.stderr}`);

  const emulator = await startEmulatorProcess({ databaseFile: emulatorDb });

  project.provide("emulatorUrl", emulator.url);
  project.provide("templateDb", templateDb);

  return () => {
    emulator.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
