import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startEmulatorProcess } from "./emulator-process";
import { testDataDir, testEnv, UNREACHABLE_STAMPS_URL } from "./test-env.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
// Each run has its own folder (and the emulator a free port), so runs started side by side do not collide.
const runDir = path.join(testDataDir, `vitest-${process.pid}`);
const templateDb = path.join(runDir, "template.db");
const emulatorDb = path.join(runDir, "emulator.db");

declare module "vitest" {
  export interface ProvidedContext {
    emulatorUrl: string;
    /** The shared emulator's database, for the few things the Stamps API cannot set up (a member's PIN). */
    emulatorDatabaseUrl: string;
    /** A port kept free for a test file that starts an emulator of its own (allowed like the shared one). */
    spareEmulatorPort: number;
    /** The same, for the campaign engine's test (files run side by side, so each has its own). */
    campaignEmulatorPort: number;
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
  const spareEmulatorPort = await freePort();
  const campaignEmulatorPort = await freePort();
  // The workers start after this and inherit it: tokens may be sent to the test emulators and nowhere else.
  process.env.STAMPS_API_ALLOWED_BASE_URLS = [
    "https://stamps.co.id",
    emulator.url,
    `http://localhost:${spareEmulatorPort}`,
    `http://localhost:${campaignEmulatorPort}`,
    UNREACHABLE_STAMPS_URL,
  ].join(",");

  project.provide("emulatorUrl", emulator.url);
  project.provide("emulatorDatabaseUrl", `file:${emulatorDb}`);
  project.provide("spareEmulatorPort", spareEmulatorPort);
  project.provide("campaignEmulatorPort", campaignEmulatorPort);
  project.provide("templateDb", templateDb);

  return () => {
    emulator.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
