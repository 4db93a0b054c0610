import { lookup } from "node:dns/promises";
import { rmSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { createEmulatorApp } from "./app";
import { databasePathFromUrl, loadEmulatorConfig } from "./config";
import { openEmulatorDb } from "./db/client";
import { createFaultInjector } from "./faults/fault-injector";
import { DEMO_DATA_VERSION, seedDemoData } from "./seed";

const config = loadEmulatorConfig();
if (process.argv.includes("--reset")) {
  const file = databasePathFromUrl(config.databaseUrl);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  console.log(`--reset: removed ${file}; starting from fresh demo data`);
}
const db = await openEmulatorDb(config.databaseUrl);
if (db.appliedMigrations.length > 0) console.log(`Applied migrations: ${db.appliedMigrations.join(", ")}`);
const seed = await seedDemoData(db, { demoToken: config.demoToken, otherToken: config.otherDemoToken });

const faults = config.controlSecret ? createFaultInjector({ controlSecret: config.controlSecret }) : undefined;
const app = createEmulatorApp({ db, faults });
const servers = await listen(getRequestListener(app.fetch), config.host, config.port);

const shownHost = config.host === "localhost" || config.host.startsWith("127.") ? "localhost" : config.host;
console.log(`Stamps API emulator listening on http://${shownHost}:${config.port}/api/`);
console.log(`Demo merchant ${seed.demoMerchantId} (Stamps Coffee), token: ${seed.demoToken}`);
console.log(`Other merchant ${seed.otherMerchantId} (Kopi Nusantara), token: ${seed.otherToken}`);
if (seed.dataVersion < DEMO_DATA_VERSION) {
  console.warn(
    `Note: this database holds demo data from an older emulator (v${seed.dataVersion}, now v${DEMO_DATA_VERSION}), ` +
      "so some documented examples may not work. Start afresh with: npm run emulator -- --reset",
  );
}
if (faults) console.log("Fault injection on: /_emulator/faults (X-Emulator-Secret: $EMULATOR_CONTROL_SECRET)");

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the emulator`);
    void shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

async function shutdown(): Promise<void> {
  // Requests held by timeout or latency faults would otherwise keep the servers open.
  faults?.releaseHeld();
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeIdleConnections();
        }),
    ),
  );
  await db.close();
}

/**
 * "localhost" means every loopback address it resolves to (127.0.0.1 and, where it exists, ::1):
 * clients differ in which one they try first. Addresses that cannot be bound are skipped as long
 * as one can.
 */
async function listen(listener: ReturnType<typeof getRequestListener>, host: string, port: number) {
  const addresses = (await lookup(host, { all: true })).map((entry) => entry.address);
  const listening: Server[] = [];
  let lastError: unknown;
  for (const address of [...new Set(addresses)]) {
    const server = createServer((req, res) => void listener(req, res));
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, address, () => {
          server.off("error", reject);
          resolve();
        });
      });
      listening.push(server);
    } catch (error) {
      lastError = error;
    }
  }
  if (listening.length === 0) throw lastError;
  return listening;
}
