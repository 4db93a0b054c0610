import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator } from "../testing/test-emulator";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await createTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const all = <T>(sql: string) => emulator.db.sqlite.prepare<[], T>(sql).all();

describe("redemption demo data", () => {
  it("has a voucher template of each of the 8 types", () => {
    const types = all<{ type: number }>(
      "SELECT DISTINCT type FROM voucher_templates WHERE merchant_id = 14 ORDER BY type",
    );
    expect(types.map((row) => row.type)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("has the codes the documents' examples name", () => {
    const codes = all<{ code: string; owner: number | null }>(
      `SELECT v.code, m.user_id AS owner FROM vouchers v LEFT JOIN memberships m ON m.id = v.membership_id
       WHERE v.code IN ('VC-ABC', 'VC-DEF', 'ABCD123', 'PZ633ECV', 'VOUCHERCODE', 'ABCD100k') ORDER BY v.id`,
    );
    expect(codes).toEqual([
      { code: "VC-ABC", owner: 2456 },
      { code: "VC-DEF", owner: 2456 },
      { code: "ABCD123", owner: 2456 },
      { code: "PZ633ECV", owner: 2456 },
      { code: "VOUCHERCODE", owner: 2456 },
      { code: "ABCD100k", owner: null },
    ]);
    expect(all("SELECT id FROM promo_codes WHERE code = 'PROMOCODE'")).toEqual([{ id: 12 }]);
  });

  it("counts each template's seeded vouchers as issued", () => {
    const mismatched = all(
      `SELECT t.id FROM voucher_templates t
       WHERE t.issued_count <> (SELECT count(*) FROM vouchers v WHERE v.template_id = t.id)`,
    );
    expect(mismatched).toEqual([]);
  });

  it("turns PIN authorization on for merchant 15 only and gives the examples' users a PIN", () => {
    expect(all("SELECT id FROM merchants WHERE pin_authorization_enabled = 1")).toEqual([{ id: 15 }]);
    expect(all("SELECT id FROM users WHERE pin_hash IS NOT NULL ORDER BY id")).toEqual([
      { id: 12 },
      { id: 123 },
      { id: 2456 },
    ]);
  });
});
