import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
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
