#!/usr/bin/env node
// Runs the project's Prisma CLI with the given arguments, using the offline stand-in
// for the native schema engine (see scripts/prisma-schema-engine.mjs).
// Usage: node scripts/prisma.mjs <prisma CLI args>

import { spawn } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const scriptsDir = path.dirname(fileURLToPath(import.meta.url));
const prismaCli = path.join(scriptsDir, "..", "node_modules", "prisma", "build", "index.js");

const child = spawn(process.execPath, [prismaCli, ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(scriptsDir, "prisma-schema-engine.mjs"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}

child.on("error", (error) => {
  console.error(`Could not start the Prisma CLI (${prismaCli}): ${error.message}`);
  process.exit(1);
});
// Like a shell: a child killed by a signal exits with 128 + the signal number.
child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
