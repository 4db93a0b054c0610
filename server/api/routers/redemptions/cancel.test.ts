import { describe, expect, it } from "vitest";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { memberVouchers, rewardCost } from "@/testing/factories/stamps-members";
import { appError, memberWithStamps, pos14, REASON, redemptionHarness, stampsOf } from "./redemption-test-harness";

const h = redemptionHarness();
const { db } = h;

describe("redemptions.cancel", () => {
  it("gives the stamps of a reward redemption back", async () => {
    const cost = await rewardCost(pos14(), 6);
    const member = await memberWithStamps(cost + 10);
    const support = await h.caller("SUPPORT");
    const redeemed = await support.redemptions.redeemReward({
      merchantId: h.merchantId,
      memberId: member.id,
      rewardId: 6,
      storeId: 2,
      reason: REASON,
    });
    expect(await stampsOf(member.email)).toBe(10);

    const canceled = await support.redemptions.cancel({
      merchantId: h.merchantId,
      memberId: member.id,
      redemptionId: redeemed.redemptionId,
      createReplacementVoucher: false,
      reason: REASON,
    });
    expect(canceled).toMatchObject({
      status: "Canceled",
      stampsBefore: 10,
      stampsAfter: cost + 10,
      replacementVoucher: null,
    });
    expect(await stampsOf(member.email)).toBe(cost + 10);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "redemptions.cancel", target: memberTarget(member.id) },
    });
    expect(event).toMatchObject({ outcome: "OK", reason: REASON });

    const again = await trpcErrorOf(
      support.redemptions.cancel({
        merchantId: h.merchantId,
        memberId: member.id,
        redemptionId: redeemed.redemptionId,
        createReplacementVoucher: false,
        reason: REASON,
      }),
    );
    expect(again.message).toBe("This redemption was already cancelled earlier. Nothing changed.");
    expect(await stampsOf(member.email)).toBe(cost + 10);
  });

  it("issues a replacement voucher that Stamps lists among the member's vouchers", async () => {
    const cost = await rewardCost(pos14(), 2);
    const member = await memberWithStamps(cost + 4);
    const support = await h.caller("SUPPORT");
    // A voucher-type reward gives the member a voucher; redeeming that voucher is what gets canceled.
    const reward = await support.redemptions.redeemReward({
      merchantId: h.merchantId,
      memberId: member.id,
      rewardId: 2,
      storeId: 32,
      reason: REASON,
    });
    const voucher = reward.issuedVoucher!;
    expect(voucher.code).toBeTruthy();
    const options = await support.redemptions.findVoucherOptions({ merchantId: h.merchantId, memberId: member.id });
    expect(options.map((option) => option.id)).toContain(voucher.id);
    const used = await support.redemptions.redeemVoucher({
      merchantId: h.merchantId,
      memberId: member.id,
      voucherId: voucher.id,
      storeId: 32,
      reason: REASON,
    });

    const canceled = await support.redemptions.cancel({
      merchantId: h.merchantId,
      memberId: member.id,
      redemptionId: used.redemptionId,
      createReplacementVoucher: true,
      reason: REASON,
    });
    const replacement = canceled.replacementVoucher!;
    expect(replacement.code).toBeTruthy();
    expect(replacement.code).not.toBe(voucher.code);
    expect(replacement).toMatchObject({ name: voucher.name, endDate: voucher.endDate });
    expect(canceled).toMatchObject({
      // Canceling the voucher's redemption gives no stamps back: the reward's cost stays spent.
      stampsBefore: 4,
      stampsAfter: 4,
      replacementRequested: true,
      enteredMemberId: null,
    });

    const vouchers = await memberVouchers(pos14(), member.email);
    expect(vouchers.map((entry) => entry.code)).toContain(replacement.code);
  });

  it("names the member Stamps says the redemption belonged to, and logs it on their page too", async () => {
    const cost = await rewardCost(pos14(), 6);
    const owner = await memberWithStamps(cost);
    const entered = await memberWithStamps(5);
    const support = await h.caller("SUPPORT");
    const redeemed = await support.redemptions.redeemReward({
      merchantId: h.merchantId,
      memberId: owner.id,
      rewardId: 6,
      storeId: 2,
      reason: REASON,
    });

    const canceled = await support.redemptions.cancel({
      merchantId: h.merchantId,
      memberId: entered.id,
      redemptionId: redeemed.redemptionId,
      createReplacementVoucher: false,
      reason: REASON,
    });
    expect(canceled).toMatchObject({
      member: { id: owner.id },
      enteredMemberId: entered.id,
      stampsBefore: null,
      stampsAfter: cost,
    });
    expect(await stampsOf(entered.email)).toBe(5);
    const ownerEvent = await db.auditEvent.findFirstOrThrow({
      where: { action: "redemptions.cancel", target: memberTarget(owner.id) },
    });
    expect(ownerEvent).toMatchObject({
      outcome: "OK",
      reason: REASON,
      staffEmail: expect.stringMatching(/^support-/) as string,
    });
    expect(ownerEvent.message).toContain(`not to member ${entered.id}`);
  });

  it("says so when Stamps has no such redemption", async () => {
    const member = await memberWithStamps(1);
    const error = await trpcErrorOf(
      (await h.caller("ADMIN")).redemptions.cancel({
        merchantId: h.merchantId,
        memberId: member.id,
        redemptionId: 987654,
        createReplacementVoucher: false,
        reason: REASON,
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain("Stamps has no redemption 987654");
  });

  it("refuses a voucher-reward redemption whose voucher was already used, in words", async () => {
    const member = await memberWithStamps(await rewardCost(pos14(), 2));
    const support = await h.caller("SUPPORT");
    const reward = await support.redemptions.redeemReward({
      merchantId: h.merchantId,
      memberId: member.id,
      rewardId: 2,
      storeId: 32,
      reason: REASON,
    });
    await support.redemptions.redeemVoucherCode({
      merchantId: h.merchantId,
      memberId: member.id,
      voucherCode: reward.issuedVoucher!.code!,
      storeId: 32,
      reason: REASON,
    });
    const error = await trpcErrorOf(
      support.redemptions.cancel({
        merchantId: h.merchantId,
        memberId: member.id,
        redemptionId: reward.redemptionId,
        createReplacementVoucher: false,
        reason: REASON,
      }),
    );
    expect(error.message).toBe(
      "This redemption can't be cancelled: the voucher it gave the member has already been used.",
    );
    expect(appError(error).fieldErrors).toEqual({ redemptionId: expect.any(String) as string });
  });
});
