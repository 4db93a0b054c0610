// Playwright's emulator: a fresh database with the demo data on every run.
import fs from "node:fs";
import { bin } from "../lib/run.mjs";
import { spawn } from "node:child_process";
import { testDataDir } from "./test-env.mjs";

const file = process.env.EMULATOR_DATABASE_URL.replace(/^file:/, "");
fs.mkdirSync(testDataDir, { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });

const child = spawn(bin("tsx"), ["server/emulator/main.ts"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
