import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setStamps, stampsOf } from "../redemptions/test-helpers";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, serveOverHttp, TEST_DEMO_TOKEN } from "../testing/test-emulator";

// Real HTTP on an ephemeral port with every request in flight at once: each read-check-write runs
// in one IMMEDIATE transaction, so no two requests can both see the same stamps or voucher.

let emulator: TestEmulator;
let server: Awaited<ReturnType<typeof serveOverHttp>>;
let baseUrl: string;

beforeEach(async () => {
  emulator = await createTestEmulator();
  server = await serveOverHttp(emulator.app);
  baseUrl = server.baseUrl;
});
afterEach(async () => {
  await server.close();
  await emulator.close();
});

async function fire(count: number, path: string, body: (i: number) => unknown) {
  const responses = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { Authorization: `Token ${TEST_DEMO_TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify(body(i)),
      }),
    ),
  );
  const bodies = (await Promise.all(responses.map((res) => res.json()))) as { error_code?: string }[];
  return responses.map((res, i) => ({ status: res.status, errorCode: bodies[i]?.error_code }));
}

const count = (sql: string) => emulator.db.sqlite.prepare<[], number>(sql).pluck().get();
const succeeded = (results: { status: number }[]) => results.filter((result) => result.status === 200).length;

describe("concurrent redemptions", () => {
  it("lets exactly 10 of 50 simultaneous redeem-reward through when the stamps cover 10", async () => {
    setStamps(emulator, 2456, 20); // Kaya Bun costs 2
    const results = await fire(50, "/api/v2/redemptions/redeem-reward", () => ({
      user: "customer@stamps.co.id",
      store: 32,
      reward: 1,
    }));
    expect(succeeded(results)).toBe(10);
    expect(results.filter((result) => result.errorCode === "insufficient_stamps")).toHaveLength(40);
    expect(stampsOf(emulator, 2456)).toBe(0);
    expect(count("SELECT count(*) FROM redemptions WHERE reward_id = 1 AND status = 'created' AND id > 5")).toBe(10);
  });

  it("redeems one voucher once out of 20 simultaneous attempts", async () => {
    const results = await fire(20, "/api/v2/redemptions/redeem-voucher", () => ({
      user: "customer@stamps.co.id",
      store: 32,
      voucher: 3,
    }));
    expect(succeeded(results)).toBe(1);
    expect(results.filter((result) => result.errorCode === "voucher_already_used")).toHaveLength(19);
    expect(count("SELECT count(*) FROM redemptions WHERE voucher_id = 3")).toBe(1);
  });

  it("deducts a dynamic voucher's value exactly down to zero", async () => {
    const results = await fire(20, "/api/vouchers/deduct-value", () => ({
      user: "customer@stamps.co.id",
      store: 32,
      voucher: 1,
      value: 10000,
    }));
    expect(succeeded(results)).toBe(10);
    expect(count("SELECT remaining_value FROM vouchers WHERE id = 1")).toBe(0);
  });

  it("gives a printed code to one of 20 members claiming it at once", async () => {
    const members = [2456, 12, 13, ...Array.from({ length: 17 }, (_, i) => 14 + i)];
    const results = await fire(20, "/api/redemptions/by-voucher-code", (i) => ({
      identifier: String(members[i]),
      voucher_code: "ABCD100k",
      voucher_template: 12,
      store: 32,
    }));
    expect(succeeded(results)).toBe(1);
    expect(count("SELECT count(*) FROM redemptions WHERE voucher_id = 6")).toBe(1);
  });

  it("never issues past a template's limit", async () => {
    emulator.db.sqlite.prepare("UPDATE voucher_templates SET max_issuance = 7 WHERE id = 10").run();
    const results = await fire(20, "/api/vouchers/issue", () => ({
      user: "customer@stamps.co.id",
      voucher_template: 10,
      start_date: "2026-01-01",
      quantity: 1,
    }));
    expect(succeeded(results)).toBe(5);
    expect(count("SELECT count(*) FROM vouchers WHERE template_id = 10")).toBe(7);
  });
});
