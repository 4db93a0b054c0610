import { beforeAll, describe, expect, inject, it } from "vitest";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { rewardCost } from "@/testing/factories/stamps-members";
import { memberWithPin } from "@/testing/factories/stamps-emulator-db";
import { appError, pos15, REASON, redemptionHarness, stampsOf } from "./redemption-test-harness";

const h = redemptionHarness();
const { db } = h;

describe("PIN authorization (merchant 15 asks for the member's PIN)", () => {
  let support: Awaited<ReturnType<typeof h.caller>>;
  // A member of the test's own with the PIN 123456; stamps and the reward's cost are read from Stamps.
  let pinMember: number;
  let cost: number;

  beforeAll(async () => {
    support = await h.caller("SUPPORT", [h.pinMerchantId]);
    cost = await rewardCost(pos15(), 20);
    const member = await memberWithPin(pos15(), {
      emulatorDatabaseUrl: inject("emulatorDatabaseUrl"),
      stamps: 2 * cost,
    });
    pinMember = member.id;
  });

  it("asks for the PIN, counts wrong ones without keeping them, then redeems with the approved request", async () => {
    const before = await stampsOf(pinMember, 15);
    const redeem = { merchantId: h.pinMerchantId, memberId: pinMember, rewardId: 20, storeId: 5, reason: REASON };
    const needsPin = await trpcErrorOf(support.redemptions.redeemReward(redeem));
    expect(appError(needsPin).upstreamCode).toBe("pin_required");

    const wrong = await trpcErrorOf(
      support.redemptions.authorize({
        merchantId: h.pinMerchantId,
        memberId: pinMember,
        pinSecret: "000000",
        reason: REASON,
      }),
    );
    expect(wrong.message).toBe("Invalid PIN. 2 attempts left.");
    expect(appError(wrong).fieldErrors).toEqual({ pinSecret: "Invalid PIN. 2 attempts left." });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "redemptions.authorize", target: memberTarget(pinMember) },
    });
    expect(audit.request).not.toContain("000000");

    const { requestId } = await support.redemptions.authorize({
      merchantId: h.pinMerchantId,
      memberId: pinMember,
      pinSecret: "123456",
      reason: REASON,
    });
    const result = await support.redemptions.redeemReward({ ...redeem, requestId });
    expect(result).toMatchObject({ stampsUsed: cost, stampsBefore: before, stampsAfter: before - cost });
    expect(await stampsOf(pinMember, 15)).toBe(before - cost);
  });

  it("blocks the request after the third wrong PIN, the server keeping one request id for the member", async () => {
    const attempt = (pinSecret: string) =>
      support.redemptions.authorize({
        merchantId: h.pinMerchantId,
        memberId: pinMember,
        pinSecret,
        reason: REASON,
      });
    await trpcErrorOf(attempt("111111"));
    expect((await trpcErrorOf(attempt("222222"))).message).toBe("Invalid PIN. 1 attempt left.");
    const third = await trpcErrorOf(attempt("333333"));
    expect(appError(third).upstreamCode).toBe("pin_blocked");
    const fourth = await trpcErrorOf(attempt("123456"));
    expect(appError(fourth).upstreamCode).toBe("pin_blocked");
    expect(fourth.message).toBe("Too many wrong PINs: Stamps blocked this request. Nothing was redeemed.");
    // No request id came from the caller: the server kept one for the member, so the limit held.
    expect(await db.pinRequest.count({ where: { memberId: pinMember, authorizedAt: null } })).toBe(1);
  });
});
