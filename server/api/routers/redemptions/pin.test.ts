import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "@/scripts/test/test-env.mjs";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { memberTarget } from "@/server/services/audit/find-member-activity";
import { appError, pos, REASON, redemptionHarness, stampsOf } from "./redemption-test-harness";

const h = redemptionHarness();
const { db } = h;

describe("PIN authorization (merchant 15 asks for the member's PIN)", () => {
  let support: Awaited<ReturnType<typeof h.caller>>;
  const alice = 2456;
  const otherToken = testEnv.EMULATOR_OTHER_DEMO_TOKEN;

  beforeAll(async () => {
    support = await h.caller("SUPPORT", [h.pinMerchantId]);
    await pos(
      "/api/v2/transactions/add",
      {
        user: "customer@stamps.co.id",
        store: 5,
        invoice_number: `P-${randomUUID().slice(0, 8)}`,
        total_value: 200_000,
        number_of_people: 1,
        created: new Date().toISOString(),
      },
      otherToken,
    );
  });

  it("asks for the PIN, counts wrong ones without keeping them, then redeems with the approved request", async () => {
    const before = await stampsOf(alice, 15, otherToken);
    const redeem = { merchantId: h.pinMerchantId, memberId: alice, rewardId: 20, storeId: 5, reason: REASON };
    const needsPin = await trpcErrorOf(support.redemptions.redeemReward(redeem));
    expect(appError(needsPin).upstreamCode).toBe("pin_required");

    const wrong = await trpcErrorOf(
      support.redemptions.authorize({
        merchantId: h.pinMerchantId,
        memberId: alice,
        pinSecret: "000000",
        reason: REASON,
      }),
    );
    expect(wrong.message).toBe("Invalid PIN. 2 attempts left.");
    expect(appError(wrong).fieldErrors).toEqual({ pinSecret: "Invalid PIN. 2 attempts left." });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "redemptions.authorize", target: memberTarget(alice) },
    });
    expect(audit.request).not.toContain("000000");

    const { requestId } = await support.redemptions.authorize({
      merchantId: h.pinMerchantId,
      memberId: alice,
      pinSecret: "123456",
      reason: REASON,
    });
    const result = await support.redemptions.redeemReward({ ...redeem, requestId });
    expect(result).toMatchObject({ stampsUsed: 8, stampsBefore: before, stampsAfter: before - 8 });
    expect(await stampsOf(alice, 15, otherToken)).toBe(before - 8);
  });

  it("blocks the request after the third wrong PIN, the server keeping one request id for the member", async () => {
    const attempt = (pinSecret: string) =>
      support.redemptions.authorize({
        merchantId: h.pinMerchantId,
        memberId: alice,
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
    expect(await db.pinRequest.count({ where: { memberId: alice, authorizedAt: null } })).toBe(1);
  });
});
