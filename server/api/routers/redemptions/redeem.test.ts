import { describe, expect, inject, it } from "vitest";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { printedVoucherCode } from "@/testing/factories/stamps-emulator-db";
import { issueVoucher, memberVouchers, rewardCost } from "@/testing/factories/stamps-members";
import { appError, memberWithStamps, pos14, REASON, redemptionHarness, stampsOf } from "./redemption-test-harness";

const h = redemptionHarness();
const { db } = h;

describe("redemptions.redeemReward", () => {
  it("spends the reward's stamps, says what Stamps answered and audits it on the member", async () => {
    const cost = await rewardCost(pos14(), 6);
    const member = await memberWithStamps(cost + 30);
    const support = await h.caller("SUPPORT");
    const options = await support.redemptions.findRewardOptions({ merchantId: h.merchantId, memberId: member.id });
    const meeGoreng = options.find((reward) => reward.id === 6);
    expect(meeGoreng).toMatchObject({ name: "Mee Goreng", stampsToRedeem: cost, redeemable: true });
    const beyond = options.filter((reward) => (reward.stampsToRedeem ?? 0) > cost + 30);
    expect(beyond.length).toBeGreaterThan(0);
    for (const reward of beyond) expect(reward.redeemable, reward.name).toBe(false);

    const result = await support.redemptions.redeemReward({
      merchantId: h.merchantId,
      memberId: member.id,
      rewardId: meeGoreng!.id,
      storeId: 32,
      reason: REASON,
    });
    expect(result).toMatchObject({ item: "Mee Goreng", stampsUsed: cost, stampsBefore: cost + 30, stampsAfter: 30 });
    expect(result.member.id).toBe(member.id);
    expect(await stampsOf(member.email)).toBe(30);

    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "redemptions.redeem-reward", target: memberTarget(member.id) },
    });
    expect(event).toMatchObject({ outcome: "OK", reason: REASON, merchantId: h.merchantId });
  });

  it("explains a refusal in plain words and leaves the stamps alone", async () => {
    const cost = await rewardCost(pos14(), 5);
    const member = await memberWithStamps(cost - 1);
    const support = await h.caller("SUPPORT");
    const error = await trpcErrorOf(
      support.redemptions.redeemReward({
        merchantId: h.merchantId,
        memberId: member.id,
        rewardId: 5,
        storeId: 32,
        reason: REASON,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(
      new RegExp(`^The member doesn't have enough stamps for this\\. Stamps said: “.*needs ${cost}.*”\\.$`),
    );
    expect(appError(error).fieldErrors).toHaveProperty("stamps");
    expect(await stampsOf(member.email)).toBe(cost - 1);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "redemptions.redeem-reward", target: memberTarget(member.id) },
    });
    expect(event.outcome).toBe("insufficient_stamps");
  });
});

describe("vouchers, codes and promo codes", () => {
  it("refuses another member's voucher, naming the reason", async () => {
    const member = await memberWithStamps(1);
    const owner = await memberWithStamps(0);
    const theirs = await issueVoucher(pos14(), owner.email);
    const error = await trpcErrorOf(
      (await h.caller("SUPPORT")).redemptions.redeemVoucher({
        merchantId: h.merchantId,
        memberId: member.id,
        voucherId: theirs.id,
        storeId: 2,
        reason: REASON,
      }),
    );
    expect(error.message).toContain("This voucher belongs to another member");
    expect(appError(error).upstreamCode).toBe("invalid_voucher_owner");
  });

  it("redeems a promo code once and explains the second try", async () => {
    const member = await memberWithStamps(3);
    const support = await h.caller("SUPPORT");
    const input = {
      merchantId: h.merchantId,
      memberId: member.id,
      promoCode: "BONUS5",
      storeId: 422,
      invoiceNumber: "KK-1",
      reason: REASON,
    };
    const result = await support.redemptions.redeemPromoCode(input);
    // BONUS5 grants five stamps: its name says so, and the member's balance shows it.
    expect(result).toMatchObject({ stampsBefore: 3, stampsAfter: 8, item: "5 Bonus Stamps" });
    expect(await stampsOf(member.email)).toBe(8);

    const error = await trpcErrorOf(support.redemptions.redeemPromoCode({ ...input, invoiceNumber: "KK-2" }));
    expect(error.message).toBe("The member has already used this promo code as often as it allows.");
    expect(appError(error).fieldErrors).toHaveProperty("promoCode");

    const unknown = await trpcErrorOf(support.redemptions.redeemPromoCode({ ...input, promoCode: "NO-SUCH-CODE" }));
    expect(unknown.message).toBe("Stamps refused this: Promo code does not exist.");
    expect(appError(unknown).fieldErrors).toEqual({ promoCode: "Promo code does not exist" });
  });

  it("redeems a printed code, asking for its template when Stamps needs it", async () => {
    const member = await memberWithStamps(1);
    const support = await h.caller("SUPPORT");
    const input = {
      merchantId: h.merchantId,
      memberId: member.id,
      voucherCode: printedVoucherCode({ emulatorDatabaseUrl: inject("emulatorDatabaseUrl") }),
      storeId: 32,
      reason: REASON,
    };
    const missing = await trpcErrorOf(support.redemptions.redeemVoucherCode(input));
    expect(appError(missing).fieldErrors).toHaveProperty("voucherTemplateId");

    const result = await support.redemptions.redeemVoucherCode({ ...input, voucherTemplateId: 12 });
    expect(result).toMatchObject({ status: "Created", stampsAfter: 1 });
  });
});

describe("role boundaries", () => {
  it("keeps MARKETING out of every redemption procedure", async () => {
    const marketing = await h.caller("MARKETING");
    const member = await memberWithStamps(await rewardCost(pos14(), 1));
    const before = await stampsOf(member.email);
    const calls = [
      marketing.redemptions.findRewardOptions({ merchantId: h.merchantId, memberId: member.id }),
      marketing.redemptions.findVoucherOptions({ merchantId: h.merchantId, memberId: member.id }),
      marketing.redemptions.redeemReward({
        merchantId: h.merchantId,
        memberId: member.id,
        rewardId: 1,
        storeId: 2,
        reason: REASON,
      }),
      marketing.redemptions.cancel({
        merchantId: h.merchantId,
        memberId: member.id,
        redemptionId: 1,
        createReplacementVoucher: true,
        reason: REASON,
      }),
      marketing.redemptions.authorize({
        merchantId: h.merchantId,
        memberId: member.id,
        pinSecret: "123456",
        reason: REASON,
      }),
    ];
    for (const call of calls) expect((await trpcErrorOf(call)).code).toBe("FORBIDDEN");
    expect(await stampsOf(member.email)).toBe(before);
    expect(
      await db.auditEvent.count({
        where: { action: { startsWith: "redemptions." }, staffEmail: { startsWith: "marketing-" } },
      }),
    ).toBe(0);
  });

  it("lets ADMIN redeem, and refuses a merchant the staff member does not work for", async () => {
    const member = await memberWithStamps(await rewardCost(pos14(), 1));
    const result = await (
      await h.caller("ADMIN")
    ).redemptions.redeemReward({
      merchantId: h.merchantId,
      memberId: member.id,
      rewardId: 1,
      storeId: 2,
      reason: REASON,
    });
    expect(result.stampsAfter).toBe(0);

    const error = await trpcErrorOf(
      (await h.caller("SUPPORT")).redemptions.cancel({
        merchantId: h.pinMerchantId,
        memberId: member.id,
        redemptionId: 1,
        createReplacementVoucher: false,
        reason: REASON,
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("requires a reason before calling Stamps", async () => {
    const member = await memberWithStamps(2);
    const error = await trpcErrorOf(
      (await h.caller("SUPPORT")).redemptions.redeemReward({
        merchantId: h.merchantId,
        memberId: member.id,
        rewardId: 1,
        storeId: 2,
        reason: " ",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(await stampsOf(member.email)).toBe(2);
  });
});

describe("redemptions.redeemVoucher by amount (deduct-value)", () => {
  it("takes the amount off a voucher that holds a balance, and audits it", async () => {
    const member = await memberWithStamps(1);
    // Template 1 has a dynamic value: the voucher holds a balance that purchases use up.
    await issueVoucher(pos14(), member.email, { template: 1, value: 100_000 });
    const vouchers = () => memberVouchers(pos14(), member.email);
    const [voucher] = await vouchers();
    expect(voucher?.value).toBe(100_000);

    const result = await (
      await h.caller("SUPPORT")
    ).redemptions.redeemVoucher({
      merchantId: h.merchantId,
      memberId: member.id,
      voucherId: voucher!.id,
      storeId: 2,
      deductValue: 30_000,
      reason: REASON,
    });
    expect(result.redemptionId).toBeGreaterThan(0);
    expect((await vouchers()).find((entry) => entry.id === voucher!.id)?.value).toBe(70_000);

    const overdraw = await trpcErrorOf(
      (await h.caller("SUPPORT")).redemptions.redeemVoucher({
        merchantId: h.merchantId,
        memberId: member.id,
        voucherId: voucher!.id,
        storeId: 2,
        deductValue: 80_000,
        reason: REASON,
      }),
    );
    expect(overdraw.code).toBe("BAD_REQUEST");
    expect((await vouchers()).find((entry) => entry.id === voucher!.id)?.value).toBe(70_000);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "redemptions.redeem-voucher", target: memberTarget(member.id), outcome: "OK" },
    });
    expect(JSON.parse(event.request)).toMatchObject({ deductValue: 30_000 });
  });
});
