import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { testDataDir, testEnv } from "./test-env.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
// Each run has its own folder and emulator port, so runs started side by side do not collide.
const runDir = path.join(testDataDir, `vitest-${process.pid}`);
const templateDb = path.join(runDir, "template.db");
const emulatorDb = path.join(runDir, "emulator.db");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "localhost", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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
  const port = await freePort();
  const migrate = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${templateDb}` },
    encoding: "utf8",
  });
  if (migrate.status !== 0) throw new Error(`Migrating the test database failed:\n${migrate.stdout}${migrate.stderr}`);

  const emulator: ChildProcess = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["server/emulator/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      EMULATOR_PORT: String(port),
      EMULATOR_DATABASE_URL: `file:${emulatorDb}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const emulatorUrl = `http://localhost:${port}`;
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
    fs.rmSync(runDir, { recursive: true, force: true });
  };
}
