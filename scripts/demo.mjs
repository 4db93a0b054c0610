#!/usr/bin/env node
// `npm run demo`: everything a fresh clone needs to show the back office against the emulator.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  bin,
  ensureDependencies,
  fail,
  isPortFree,
  newestMtime,
  nextStartArgs,
  readEnvFile,
  root,
  run,
  startProcess,
  step,
  waitForHttp,
} from "./lib/run.mjs";

const APP_PORT = 3000;
// The heap cap keeps the worker small: its live heap stays under ~60 MB, and V8 would otherwise grow it lazily.
const WORKER_ARGS = [
  "--max-old-space-size=192",
  "--conditions=react-server",
  "--import",
  "tsx",
  "server/campaign-worker.ts",
];
const started = Date.now();

ensureDependencies();

const { DEMO_ADMIN_TOTP_SECRET, DEMO_STAFF } = await import("../prisma/demo-data.ts").catch(async () => {
  // Node 20 cannot import .ts directly: read the accounts through tsx.
  const { tsImport } = await import("tsx/esm/api");
  return tsImport("../prisma/demo-data.ts", import.meta.url);
});

const envFile = path.join(root, ".env.local");
if (!fs.existsSync(envFile)) {
  step("Writing .env.local with fresh secrets");
  const secret = () => randomBytes(32).toString("base64");
  fs.writeFileSync(
    envFile,
    [
      "# Written by npm run demo. See .env.example for what each variable does.",
      `AUTH_SECRET="${secret()}"`,
      'AUTH_TRUST_HOST="true"',
      `TOKEN_ENCRYPTION_KEY="${secret()}"`,
      'TOKEN_ENCRYPTION_KEY_VERSION="1"',
      'DATABASE_URL="file:./data/backoffice.db"',
      'DEMO_STAMPS_API_BASE_URL="http://localhost:4010"',
      'STAMPS_API_ALLOWED_BASE_URLS="https://stamps.co.id,http://localhost:4010"',
      `EMULATOR_DEMO_TOKEN="${randomBytes(20).toString("hex")}"`,
      `EMULATOR_OTHER_DEMO_TOKEN="${randomBytes(20).toString("hex")}"`,
      'EMULATOR_PORT="4010"',
      'EMULATOR_DATABASE_URL="file:./data/emulator.db"',
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
}
const env = { ...process.env, ...readEnvFile(envFile), NEXT_TELEMETRY_DISABLED: "1" };
const emulatorPort = Number(env.EMULATOR_PORT ?? 4010);
// Tokens go only to allowed addresses; the demo's merchants live on the emulator (.env.local from before had no list).
env.STAMPS_API_ALLOWED_BASE_URLS ??= `https://stamps.co.id,http://localhost:${emulatorPort}`;

for (const [port, what] of [
  [APP_PORT, "the back office"],
  [emulatorPort, "the Stamps API emulator"],
]) {
  if (!(await isPortFree(port)))
    fail(`Port ${port} is in use, so ${what} cannot start. Stop whatever is using it and run npm run demo again.`);
}

fs.mkdirSync(path.join(root, "data"), { recursive: true });
if (process.argv.includes("--reset")) {
  step("--reset: removing the back-office and emulator databases");
  for (const url of [
    env.DATABASE_URL ?? "file:./data/backoffice.db",
    env.EMULATOR_DATABASE_URL ?? "file:./data/emulator.db",
  ]) {
    const file = path.resolve(root, url.replace(/^file:/, ""));
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  }
}
step("Migrating the back-office database");
run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], { env, what: "prisma migrate deploy" });

step("Seeding the demo staff and merchant");
run(bin("tsx"), ["prisma/seed.ts"], { env, what: "the seed" });

const buildId = path.join(root, ".next", "BUILD_ID");
const sources = [
  "app",
  "components",
  "lib",
  "server",
  "env.ts",
  "next.config.mjs",
  "package-lock.json",
  "postcss.config.mjs",
];
if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestMtime(sources)) {
  step("Building the app (about a minute)");
  run(bin("next"), ["build"], { env, what: "next build" });
} else {
  step("The production build is up to date");
}

step("Starting the Stamps API emulator, the back office and the campaign worker");
const emulator = startProcess("The emulator", bin("tsx"), ["server/emulator/main.ts"], env);
const app = startProcess("The back office", bin("next"), nextStartArgs(APP_PORT), env);
// Issues the vouchers of running campaigns in the background (what `npm run worker` runs in production).
const worker = startProcess("The campaign worker", process.execPath, WORKER_ARGS, env);
const children = [emulator, app, worker];
const stop = (code = 0) => {
  for (const child of children) {
    child.stopping = true;
    child.kill("SIGTERM");
  }
  process.exit(code);
};
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
for (const child of children) child.on("exit", () => (child.stopping ? undefined : stop(1)));

const emulatorUp = await waitForHttp(`http://localhost:${emulatorPort}/api/`, 60_000, () => emulator.exitCode === null);
const appUp = await waitForHttp(`http://localhost:${APP_PORT}/login`, 60_000, () => app.exitCode === null);
if (!emulatorUp || !appUp) {
  console.error("The servers did not come up; see the output above.");
  stop(1);
}

const width = Math.max(...DEMO_STAFF.map((staff) => staff.email.length));
console.log(`
\x1b[1mStamps Back Office is running\x1b[0m (ready in ${((Date.now() - started) / 1000).toFixed(0)} s)

  Back office         http://localhost:${APP_PORT}
  Stamps API emulator http://localhost:${emulatorPort}/api/
  Emulator API tokens merchant 14 (Stamps Coffee):  ${env.EMULATOR_DEMO_TOKEN}
                      merchant 15 (Kopi Nusantara): ${env.EMULATOR_OTHER_DEMO_TOKEN ?? "(printed by the emulator above)"}
                      curl -H "Authorization: Token ${env.EMULATOR_DEMO_TOKEN}" \\
                        'http://localhost:${emulatorPort}/api/memberships/status?user=customer@stamps.co.id&merchant=14'

  Sign in as:
${DEMO_STAFF.map((staff) => `    ${staff.role.padEnd(9)} ${staff.email.padEnd(width)}  password ${staff.password}`).join("\n")}
  The admin also enters a code from an authenticator app (two-factor sign-in is required for admins).
  Add this key to any authenticator app:  ${DEMO_ADMIN_TOTP_SECRET}
    (or: otpauth://totp/Stamps%20Back%20Office:admin%40demo.stamps.id?secret=${DEMO_ADMIN_TOTP_SECRET}&issuer=Stamps%20Back%20Office)

  Try: Members → customer@stamps.co.id (the admin also works for Kopi Nusantara: switch at the top left)
  Campaigns are issued by the campaign worker started alongside (npm run worker in production).
  Ctrl+C stops all three.
`);
