#!/usr/bin/env node
// `npm test`: installs what is missing (Chromium included), then type-check, lint, format check, unit and
// integration tests (vitest), a production build and the browser tests (Playwright).
// Steps that do not depend on each other run at the same time, so both cores stay busy from the install to the
// browser tests.
import fs from "node:fs";
import { bin, dependenciesMissing, fail, NPM_CI, run, runAll, step } from "./lib/run.mjs";
import { e2eEnv } from "./test/test-env.mjs";

const CHROMIUM = "/usr/bin/chromium";
const started = Date.now();
const env = { ...process.env, ...e2eEnv };

const installs = [];
if (dependenciesMissing()) installs.push(NPM_CI);
if (!fs.existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) fail(`Chromium is missing. Install it once with: sudo apt-get install -y chromium`);
  installs.push({
    label: "Chromium from Debian (Playwright's own browser download cannot work offline)",
    command: "sh",
    args: ["-c", "apt-get update -qq && apt-get install -y -qq chromium"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}
if (installs.length > 0) {
  step(`Installing what is missing: ${installs.map((task) => task.label.split(" (")[0]).join(", ")}`);
  await runAll(installs);
  if (!fs.existsSync(CHROMIUM)) fail(`Chromium is still missing at ${CHROMIUM}.`);
}

// All five at once, and the first to fail stops the rest. vitest takes longest and its tests wait on timers and
// on processes they start, so it keeps the normal priority; the others run under `nice` and use the CPU it leaves.
step("Type-check, lint, format check (`npm run format` fixes it), unit and integration tests, production build");
const niced = (label, command, args) => ({ label, command: "nice", args: ["-n", "10", command, ...args], env });
await runAll([
  { label: "vitest (against a real emulator over HTTP)", command: bin("vitest"), args: ["run"], env },
  niced("tsc", bin("tsc"), ["--noEmit"]),
  niced("eslint", bin("eslint"), ["--max-warnings", "0", "."]),
  niced("prettier", bin("prettier"), ["--check", "."]),
  niced("next build", bin("next"), ["build"]),
]);

step("Browser tests (Playwright, Debian Chromium)");
run(bin("playwright"), ["test"], { env });

console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
