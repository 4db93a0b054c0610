import { describe, expect, it } from "vitest";
import { coded, listed, post, stampsOf, freshEmulatorPerTest } from "../redemptions/test-helpers";

const emulator = freshEmulatorPerTest();
const ALICE = 2456;

const redeemPromo = (body: Record<string, unknown>) =>
  post(emulator(), "/api/v3/redemptions/redeem-promo-code", { user: "customer@stamps.co.id", store: 32, ...body });
const cancel = (body: Record<string, unknown>) => post(emulator(), "/api/redemptions/cancel", body);
const voucherState = (id: number) =>
  emulator()
    .db.sqlite.prepare<[number], { status: string; quantity: number; remaining: number | null }>(
      "SELECT status, quantity, remaining_value AS remaining FROM vouchers WHERE id = ?",
    )
    .get(id);

describe("POST /api/v3/redemptions/redeem-promo-code", () => {
  it("redeems PROMOCODE once per member, answering the documented shape", async () => {
    const res = await redeemPromo({ promo_code: "PROMOCODE", invoice_number: "POS-1020123" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      redemption: { reward: "Discount Rp 100,000", stamps_used: 0, extra_data: {} },
      user: { id: "2456", name: "Alice", gender: "female", is_active: true, email: "customer@stamps.co.id" },
      membership: { level: 300, stamps: 80 },
    });
    const again = await redeemPromo({ promo_code: 12 });
    expect(again.body).toEqual(
      coded("promo_code", "This member has already used this promo code", "promo_code_already_used"),
    );
  });

  it("grants bonus stamps and vouchers, matching codes in any case", async () => {
    expect((await redeemPromo({ promo_code: "bonus5" })).body.membership).toMatchObject({ stamps: 85 });
    const voucher = await redeemPromo({ promo_code: "FreeBun" });
    expect(voucher.body.voucher).toMatchObject({ name: "Free Kaya Bun", is_active: true });
  });

  it.each([
    ["NEWYEAR2024", coded("promo_code", "This promo code expired on 2024-01-31", "promo_code_expired")],
    ["SOLDOUT", coded("promo_code", "This promo code has been fully redeemed", "promo_code_exhausted")],
  ])("refuses %s", async (promoCode, error) => {
    expect((await redeemPromo({ promo_code: promoCode })).body).toEqual(error);
  });

  it("answers 400 for an unknown code", async () => {
    expect((await redeemPromo({ promo_code: "NOPE" })).body).toEqual(
      listed({ promo_code: "Promo code does not exist" }),
    );
  });
});

describe("POST /api/redemptions/cancel", () => {
  it("gives the stamps of a reward redemption back, once", async () => {
    const res = await cancel({ id: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      redemption: { id: 1, status: "Canceled" },
      customer: { id: 2456, status: "Gold", stamps_remaining: 82 },
    });
    const again = await cancel({ id: 1 });
    expect(again.status).toBe(400);
    expect(again.body).toEqual(coded("id", "This redemption has already been canceled", "redemption_already_canceled"));
    expect(stampsOf(emulator(), ALICE)).toBe(82);
  });

  it("makes a redeemed voucher usable again", async () => {
    const redeemed = await post(emulator(), "/api/vouchers/deduct-value", {
      user: "customer@stamps.co.id",
      store: 32,
      voucher: 1,
      value: 100000,
    });
    expect(voucherState(1)).toEqual({ status: "used", quantity: 0, remaining: 0 });
    await cancel({ id: (redeemed.body.redemption as { id: number }).id });
    expect(voucherState(1)).toEqual({ status: "active", quantity: 1, remaining: 100000 });
  });

  it("issues a replacement from the same template when asked, leaving the old voucher used", async () => {
    const redeemed = await post(emulator(), "/api/v2/redemptions/redeem-voucher", {
      user: "customer@stamps.co.id",
      store: 32,
      voucher: 3,
    });
    const res = await cancel({ id: (redeemed.body.redemption as { id: number }).id, create_replacement_voucher: true });
    expect(res.status).toBe(200);
    expect(res.body.replacement_voucher).toMatchObject({
      is_active: true,
      value: 100000,
      template: { id: 3, name: "Discount Rp 100,000" },
    });
    expect(voucherState(3)?.status).toBe("used");
  });

  it("cancels the voucher a reward issued, and refuses once it was used", async () => {
    const redeemed = await post(emulator(), "/api/v2/redemptions/redeem-reward", {
      user: "customer@stamps.co.id",
      store: 32,
      reward: 2,
    });
    const voucher = redeemed.body.voucher as { id: number };
    await post(emulator(), "/api/v2/redemptions/redeem-voucher", {
      user: "customer@stamps.co.id",
      store: 32,
      voucher: voucher.id,
    });
    const refused = await cancel({ id: (redeemed.body.redemption as { id: number }).id });
    expect(refused.body).toEqual(
      coded("id", "The voucher this redemption issued has already been used", "issued_voucher_used"),
    );
  });

  it("takes a promo code's bonus stamps back and frees the code", async () => {
    const redeemed = await redeemPromo({ promo_code: "BONUS5" });
    expect(stampsOf(emulator(), ALICE)).toBe(85);
    await cancel({ id: (redeemed.body.redemption as { id: number }).id });
    expect(stampsOf(emulator(), ALICE)).toBe(80);
    expect((await redeemPromo({ promo_code: "BONUS5" })).status).toBe(200);
  });

  it("answers 404 for an unknown redemption and 400 without an id", async () => {
    const missing = await cancel({ id: 999 });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: "Redemption with id 999 not found." });
    expect((await cancel({})).body).toEqual(listed({ id: "This field is required" }));
  });
});
