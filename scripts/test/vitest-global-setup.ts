import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { testDataDir, testEnv, VITEST_EMULATOR_PORT } from "./test-env.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
export const templateDb = path.join(testDataDir, "vitest-template.db");
const emulatorDb = path.join(testDataDir, "vitest-emulator.db");

declare module "vitest" {
  export interface ProvidedContext {
    emulatorUrl: string;
    templateDb: string;
  }
}

function removeDb(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/**
 * Migrates a template back-office database (each test file copies it) and starts a real emulator
 * process on its own port and database, reached over HTTP like the real Stamps API.
 */
export default async function setup(project: TestProject) {
  fs.mkdirSync(path.join(testDataDir, "tmp"), { recursive: true });
  Object.assign(process.env, testEnv);

  removeDb(templateDb);
  const migrate = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${templateDb}` },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`Migrating the test database failed:\n${migrate.stdout}${migrate.stderr}`);

  removeDb(emulatorDb);
  const emulator: ChildProcess = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["server/emulator/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      EMULATOR_PORT: String(VITEST_EMULATOR_PORT),
      EMULATOR_DATABASE_URL: `file:${emulatorDb}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const emulatorUrl = `http://localhost:${VITEST_EMULATOR_PORT}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (emulator.exitCode !== null) throw new Error(`The emulator exited with code ${emulator.exitCode}`);
    try {
      await fetch(`${emulatorUrl}/api/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error("The emulator did not start within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  project.provide("emulatorUrl", emulatorUrl);
  project.provide("templateDb", templateDb);

  return () => {
    emulator.kill("SIGTERM");
    fs.rmSync(path.join(testDataDir, "tmp"), { recursive: true, force: true });
  };
}
