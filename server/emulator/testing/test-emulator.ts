import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { getRequestListener } from "@hono/node-server";
import { createEmulatorApp } from "../app";
import { openEmulatorDb } from "../db/client";
import { seedDemoData } from "../seed";

export const TEST_DEMO_TOKEN = "test-demo-token-0000000000000000000000000";

/** A seeded emulator on its own temporary database file, for one test file. */
export async function createTestEmulator() {
  const dir = mkdtempSync(path.join(tmpdir(), "stamps-emulator-test-"));
  const db = await openEmulatorDb(`file:${path.join(dir, "emulator.db")}`);
  const seed = await seedDemoData(db, { demoToken: TEST_DEMO_TOKEN });
  const loggedErrors: string[] = [];
  const app = createEmulatorApp({ db, logError: (line) => loggedErrors.push(line) });

  return {
    app,
    db,
    seed,
    loggedErrors,
    /** GET with "Authorization: Token <demo token>" unless other headers are given */
    get: (url: string, headers: Record<string, string> = { Authorization: `Token ${TEST_DEMO_TOKEN}` }) =>
      app.request(url, { headers }),
    close: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestEmulator = Awaited<ReturnType<typeof createTestEmulator>>;

/**
 * The app on an ephemeral 127.0.0.1 port, served as main.ts serves it (@hono/node-server's listener
 * on node:http), for tests that need a real connection: concurrency, dropped sockets.
 */
export async function serveOverHttp(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  const listener = getRequestListener(app.fetch);
  const server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
