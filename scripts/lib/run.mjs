import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function step(message) {
  console.log(`\n\x1b[1m▸ ${message}\x1b[0m`);
}

export function fail(message) {
  console.error(`\n\x1b[31m✖ ${message}\x1b[0m`);
  process.exit(1);
}

/** Runs a command to completion, inheriting the terminal; exits the script if it fails. */
export function run(command, args, { env = process.env, cwd = root, what = `${command} ${args.join(" ")}` } = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env, cwd });
  if (result.status !== 0) fail(`${what} failed (exit ${result.status ?? result.signal}).`);
}

/**
 * Runs commands at the same time, each with its output kept until it ends (so the logs do not interleave), and
 * prints each one's output and time as it finishes. The first to fail stops the others (its output says why) and
 * exits the script. `tasks`: [{ label, command, args, env? }].
 */
export async function runAll(tasks) {
  const children = new Set();
  const stopAll = () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  };
  // The children lead their own process groups, so Ctrl-C in the terminal reaches only this script: pass it on.
  const onSignal = (signal) => {
    stopAll();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  await Promise.all(
    tasks.map(
      ({ label, command, args, env = process.env }) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
          children.add(child);
          const output = [];
          child.stdout.on("data", (chunk) => output.push(chunk));
          child.stderr.on("data", (chunk) => output.push(chunk));
          child.on("close", (code, signal) => {
            children.delete(child);
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            console.log(
              `\n\x1b[1m── ${label} (${seconds} s${code === 0 ? "" : `, failed: exit ${code ?? signal}`}) ──\x1b[0m`,
            );
            process.stdout.write(Buffer.concat(output));
            if (code !== 0) {
              // Each child leads its own process group, so its own children (vitest's workers, the emulator) stop too.
              stopAll();
              fail(`${label} failed${children.size > 0 ? "; the steps still running were stopped" : ""}.`);
            }
            resolve();
          });
        }),
    ),
  );
  process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
}

export function timed(label, fn) {
  const started = Date.now();
  const result = fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`  ${label}: ${seconds} s`);
  return result;
}

/** Whether node_modules is missing or older than the lockfile. */
export function dependenciesMissing() {
  const installed = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  return !(fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs);
}

// JOBS: node-gyp builds better-sqlite3's two files (SQLite itself and the binding) side by side.
export const NPM_CI = {
  label: "npm ci",
  command: "npm",
  args: ["ci", "--no-audit", "--no-fund"],
  env: { ...process.env, JOBS: "max" },
};

/** Installs the npm dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  if (!dependenciesMissing()) return;
  step("Installing dependencies (npm ci; better-sqlite3 compiles from source, a few minutes the first time)");
  run(NPM_CI.command, NPM_CI.args, { env: NPM_CI.env, what: "npm ci" });
}

/** Reads KEY=value lines (quotes optional) without touching process.env. */
export function readEnvFile(file) {
  if (!fs.existsSync(file)) return {};
  const values = {};
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (!match) continue;
    values[match[1]] = match[2].replace(/^"(.*)"$/, "$1").replace(/^'(.*)'$/, "$1");
  }
  return values;
}

export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** Polls a URL until it answers at all (any status), or fails after the timeout. */
export async function waitForHttp(url, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return false;
}

/** Passes a child's output on to this process's and also keeps it in `file` (for specs that read the logs). */
export function teeOutput(child, file) {
  const log = fs.createWriteStream(file);
  child.stdout.on("data", (chunk) => (process.stdout.write(chunk), log.write(chunk)));
  child.stderr.on("data", (chunk) => (process.stderr.write(chunk), log.write(chunk)));
}

/**
 * `next start` on `port`, keeping idle connections 65 s instead of Node's 5. A client that keeps them longer than the
 * server (Playwright's requests do, and so may a proxy in front) would otherwise, now and then, send a request down
 * a connection the server is closing at that instant, and get ECONNRESET. `npm start` passes the same option.
 */
export const nextStartArgs = (port) => ["start", "-p", String(port), "--keepAliveTimeout", "65000"];

export function startProcess(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code, signal) => {
    if (!child.stopping) console.error(`\n${name} stopped (${code ?? signal}).`);
  });
  return child;
}

/** The newest modification time of files under the given folders (skipping generated ones). */
export function newestMtime(dirs) {
  let newest = 0;
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of dirs) {
    const full = path.join(root, dir);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    else walk(full);
  }
  return newest;
}
