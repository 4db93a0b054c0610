import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./db/migrate";
import { migrationsDir } from "./config";
import { DEMO_DATA_VERSION, seedDemoData } from "./seed";
import type { TestEmulator } from "./testing/test-emulator";
import { createTestEmulator, TEST_DEMO_TOKEN } from "./testing/test-emulator";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await createTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe("database set-up", () => {
  it("runs in WAL mode with the migrations recorded as Prisma records them", () => {
    const { sqlite } = emulator.db;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    const rows = sqlite
      .prepare<[], { migration_name: string; finished_at: string | null }>(
        "SELECT migration_name, finished_at FROM _prisma_migrations",
      )
      .all();
    const checkedIn = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(rows.map((row) => row.migration_name).sort()).toEqual(checkedIn);
    expect(checkedIn[0]).toMatch(/^\d{14}_init$/);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(applyMigrations(sqlite, migrationsDir)).toEqual([]);
  });
});

describe("seedDemoData", () => {
  it("creates the demo merchants with their tokens", () => {
    const { otherToken, ...rest } = emulator.seed;
    expect(rest).toEqual({
      dataVersion: DEMO_DATA_VERSION,
      created: true,
      demoMerchantId: 14,
      demoToken: TEST_DEMO_TOKEN,
      otherMerchantId: 15,
    });
    expect(otherToken).toMatch(/^[0-9a-f]{40}$/);
  });

  it("changes nothing when run again", async () => {
    const { prisma } = emulator.db;
    const counts = async () => [
      await prisma.user.count(),
      await prisma.membership.count(),
      await prisma.memberSearchTerm.count(),
      await prisma.apiToken.count(),
      await prisma.transaction.count(),
      await prisma.reward.count(),
    ];
    const before = await counts();
    const again = await seedDemoData(emulator.db, { demoToken: TEST_DEMO_TOKEN });
    expect(again).toEqual({ ...emulator.seed, created: false });
    expect(await counts()).toEqual(before);
  });

  it("keeps the generated token of a merchant across runs", async () => {
    const again = await seedDemoData(emulator.db);
    expect(again.demoToken).toBe(TEST_DEMO_TOKEN);
    expect(again.otherToken).toBe(emulator.seed.otherToken);
  });

  it("refuses a demo token that belongs to another merchant", async () => {
    await expect(seedDemoData(emulator.db, { demoToken: emulator.seed.otherToken })).rejects.toThrow(
      "already the token of merchant 15",
    );
  });
});

describe("demo transactions", () => {
  it("follow the earning rule and put each invoice once per store and day", () => {
    const { sqlite } = emulator.db;
    const rows = sqlite
      .prepare<[], { stamps: number; total: number; status: number; member: number | null }>(
        `SELECT stamps_earned AS stamps, total_value AS total, status, membership_id AS member FROM transactions`,
      )
      .all();
    expect(rows.length).toBeGreaterThan(150);
    for (const row of rows) expect(row.stamps).toBe(row.member === null ? 0 : Math.floor(row.total / 10000));
    // Open (status 3) exactly when there is no member; the demo has none open, so each row is checked.
    expect(rows.filter((row) => (row.member === null) !== (row.status === 3))).toEqual([]);
    const duplicates = sqlite
      .prepare(
        "SELECT count(*) FROM (SELECT 1 FROM transactions GROUP BY store_id, invoice_number, business_date HAVING count(*) > 1)",
      )
      .pluck()
      .get();
    expect(duplicates).toBe(0);
  });
});
