// Playwright's back office: a fresh database, migrated and seeded, served by `next start`.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { bin, nextStartArgs, run, teeOutput } from "../lib/run.mjs";
import { E2E_APP_PORT, testDataDir } from "./test-env.mjs";

const file = process.env.DATABASE_URL.replace(/^file:/, "");
fs.mkdirSync(testDataDir, { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });

run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]);
run(bin("tsx"), ["prisma/seed.ts"]);

// Its log is also kept in a file, which the token-leak spec reads: no line may hold a merchant's token.
const child = spawn(bin("next"), nextStartArgs(E2E_APP_PORT), { stdio: ["ignore", "pipe", "pipe"] });
teeOutput(child, path.join(testDataDir, "e2e-app.log"));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
