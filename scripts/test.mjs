#!/usr/bin/env node
// `npm test`: installs what is missing (Chromium included), then type-check, lint, format check, unit and
// integration tests (vitest), a production build and the browser tests (Playwright).
import fs from "node:fs";
import { bin, ensureDependencies, fail, run, step, timed } from "./lib/run.mjs";
import { e2eEnv } from "./test/test-env.mjs";

const CHROMIUM = "/usr/bin/chromium";
const started = Date.now();

timed("dependencies", ensureDependencies);

if (!fs.existsSync(CHROMIUM)) {
  step("Installing Chromium from Debian (Playwright's own browser download cannot work offline)");
  if (process.getuid?.() !== 0) fail(`Chromium is missing. Install it once with: sudo apt-get install -y chromium`);
  timed("chromium", () => {
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    run("apt-get", ["update", "-qq"], { env: aptEnv });
    run("apt-get", ["install", "-y", "-qq", "chromium"], { env: aptEnv });
  });
  if (!fs.existsSync(CHROMIUM)) fail(`Chromium is still missing at ${CHROMIUM}.`);
}

const env = { ...process.env, ...e2eEnv };

step("Type-check");
timed("tsc", () => run(bin("tsc"), ["--noEmit"], { env }));

step("Lint");
timed("eslint", () => run(bin("eslint"), ["--max-warnings", "0", "."], { env }));

step("Format (prettier --check; `npm run format` fixes it)");
timed("prettier", () => run(bin("prettier"), ["--check", "."], { env }));

step("Unit and integration tests (vitest, against a real emulator over HTTP)");
timed("vitest", () => run(bin("vitest"), ["run"], { env }));

step("Production build for the browser tests");
timed("next build", () => run(bin("next"), ["build"], { env, what: "next build" }));

step("Browser tests (Playwright, Debian Chromium)");
timed("playwright", () => run(bin("playwright"), ["test"], { env }));

console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
