import { describe, expect, it } from "vitest";
import { coded, listed, post, freshEmulatorPerTest } from "../redemptions/test-helpers";

const emulator = freshEmulatorPerTest();

const redeemVoucher = (body: Record<string, unknown>) =>
  post(emulator(), "/api/v2/redemptions/redeem-voucher", { user: "customer@stamps.co.id", store: 32, ...body });
const deduct = (body: Record<string, unknown>) =>
  post(emulator(), "/api/vouchers/deduct-value", { user: "customer@stamps.co.id", store: 32, voucher: 1, ...body });
const byCode = (body: Record<string, unknown>) =>
  post(emulator(), "/api/redemptions/by-voucher-code", { store: 32, voucher_template: 12, ...body });

describe("POST /api/v2/redemptions/redeem-voucher", () => {
  it("redeems a voucher once, answering the documented shape", async () => {
    const first = await redeemVoucher({ voucher: 3, invoice_number: "POS-1020123", extra_data: { discount: "10%" } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      redemption: { reward: "Discount Rp 100,000", stamps_used: 0, extra_data: { discount: "10%" } },
      membership: { status: 300, stamps: 80 },
      voucher: { id: 3, name: "Discount Rp 100,000", code: "ABCD123", type: "voucher" },
    });
    const again = await redeemVoucher({ voucher: 3 });
    expect(again.status).toBe(400);
    expect(again.body).toEqual(coded("voucher", "This voucher has already been used", "voucher_already_used"));
  });

  it("counts down the uses of a voucher with quantity 2", async () => {
    expect((await redeemVoucher({ voucher: 2 })).status).toBe(200);
    expect((await redeemVoucher({ voucher: 2 })).status).toBe(200);
    expect((await redeemVoucher({ voucher: 2 })).body).toMatchObject({ error_code: "voucher_already_used" });
  });

  it("uses up the whole remaining value of a dynamic voucher", async () => {
    expect((await redeemVoucher({ voucher: 1 })).status).toBe(200);
    expect((await deduct({ value: 1 })).body).toMatchObject({ error_code: "voucher_already_used" });
  });

  it.each([
    [
      "someone else's voucher",
      { voucher: 11 },
      coded("user", "This voucher is not owned by Alice", "invalid_voucher_owner"),
    ],
    ["an expired voucher", { voucher: 10 }, coded("voucher", "This voucher expired on 2024-09-30", "voucher_expired")],
    [
      "a voucher of a channel it is not for",
      { voucher: 2, channel: 5 },
      coded("voucher", "This voucher cannot be redeemed on this channel", "invalid_voucher_channel"),
    ],
  ])("refuses %s", async (_case, body, error) => {
    const res = await redeemVoucher(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(error);
  });

  it("keeps a voucher to the stores its template names", async () => {
    const gold = { user: "alice@stamps.co.id", voucher: 11 };
    expect((await redeemVoucher({ ...gold, store: 32 })).body).toEqual(
      coded("voucher", "This voucher cannot be redeemed at this store", "invalid_voucher_store"),
    );
    expect((await redeemVoucher({ ...gold, store: 422 })).status).toBe(200);
  });

  it("answers 400 for an unknown voucher and another merchant's", async () => {
    for (const voucher of [999, 16]) {
      expect((await redeemVoucher({ voucher })).body).toEqual(listed({ voucher: "Voucher does not exist" }));
    }
  });
});

describe("POST /api/vouchers/deduct-value", () => {
  it("deducts from a dynamic voucher until its value is used up", async () => {
    const first = await deduct({ value: 60000 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ voucher: { id: 1, code: "VC-ABC" }, redemption: { stamps_used: 0 } });
    const tooMuch = await deduct({ value: 40001 });
    expect(tooMuch.body).toEqual(coded("value", "This voucher has only 40000 left", "insufficient_voucher_value"));
    expect((await deduct({ value: 40000 })).status).toBe(200);
    expect((await deduct({ value: 1 })).body).toMatchObject({ error_code: "voucher_already_used" });
  });

  it("deducts only from vouchers with a dynamic value", async () => {
    const res = await deduct({ voucher: 3, value: 1000 });
    expect(res.body).toEqual(
      coded("voucher", "Only a voucher with a dynamic value can be deducted", "voucher_not_dynamic"),
    );
  });

  it("requires a positive value", async () => {
    expect((await deduct({ value: undefined })).body).toEqual(listed({ value: "This field is required" }));
    expect((await deduct({ value: 0 })).body).toEqual(listed({ value: "Ensure this value is greater than 0." }));
  });
});

describe("POST /api/redemptions/by-voucher-code", () => {
  it.each([
    ["identifier", { identifier: "customer@stamps.co.id" }],
    ["user", { user: "customer@stamps.co.id" }],
  ])("claims and redeems a printed code for the member named by %s", async (_form, member) => {
    const res = await byCode({ ...member, voucher_code: "ABCD100k" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      redemption: { id: expect.any(Number) as number, status: "Created" },
      customer: { id: 2456, status: "Gold", stamps_remaining: 80 },
    });
    const again = await byCode({ identifier: "alice@stamps.co.id", voucher_code: "ABCD100k" });
    expect(again.body).toEqual(coded("user", "This voucher is not owned by Customer Gold", "invalid_voucher_owner"));
  });

  it("checks the code against the template", async () => {
    const res = await byCode({ identifier: "customer@stamps.co.id", voucher_code: "VOUCHERCODE" });
    expect(res.body).toEqual(listed({ voucher_template: "The voucher code does not belong to this voucher template" }));
  });

  it("names the member field `identifier` when neither form is sent", async () => {
    const res = await byCode({ voucher_code: "ABCD100k" });
    expect(res.body).toEqual(listed({ identifier: "This field is required" }));
  });
});
