// Playwright's back office: a fresh database, migrated and seeded, served by `next start`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { bin, run } from "../lib/run.mjs";
import { E2E_APP_PORT, testDataDir } from "./test-env.mjs";

const file = process.env.DATABASE_URL.replace(/^file:/, "");
fs.mkdirSync(testDataDir, { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });

run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]);
run(bin("tsx"), ["prisma/seed.ts"]);

const child = spawn(bin("next"), ["start", "-p", String(E2E_APP_PORT)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
