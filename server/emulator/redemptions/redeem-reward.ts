import { fieldInvalid, ruleViolation } from "../http/errors";
import { FIELD_REQUIRED } from "../http/validation";
import { issueVoucher, validityStart } from "../vouchers/issue-voucher";
import type { Stores } from "../db/stores";
import type { Membership } from "../members/membership-store";
import type { RewardRow } from "./redemption-store";
import type { RequestContext } from "./request-context";

export type RedeemRewardInput = {
  storeId: number;
  member: Membership;
  /** the reward's id, or its code ("REWARDCODE") */
  reward: number | string;
  /** a flexible reward's stamps; ignored by fixed rewards */
  stamps?: number | undefined;
  /** refuse a flexible reward without `stamps` (redeem-multiple-rewards) instead of charging its stamps_to_redeem */
  requireFlexibleStamps?: boolean;
  qty: number;
  invoiceNumber?: string | undefined;
  channel?: number | undefined;
  requestId?: string | undefined;
  extraData?: Record<string, unknown> | undefined;
  transactionId?: number | null;
  /** request field names for error bodies ("reward_redemptions.1.reward") */
  fields?: { reward: string; stamps: string };
};

export type RewardRedemption = {
  redemptionId: number;
  reward: RewardRow;
  stampsUsed: number;
  extraData: Record<string, unknown>;
  issuedVoucherId: number | null;
};

/**
 * Spends the member's stamps on a reward and records the redemption; a reward of type "voucher"
 * also issues a voucher from its template. Runs inside the caller's IMMEDIATE transaction, so the
 * balance check and the deduction cannot interleave with another request's.
 */
export function redeemRewardInTransaction(
  deps: Stores,
  ctx: RequestContext,
  input: RedeemRewardInput,
): RewardRedemption {
  const fields = input.fields ?? { reward: "reward", stamps: "stamps" };
  const reward = findReward(deps, ctx.merchant.id, input.reward);
  if (!reward) throw fieldInvalid(fields.reward, "Reward does not exist");
  if (!isAvailable(reward, ctx.today))
    throw ruleViolation(fields.reward, "Reward is not available", "reward_unavailable");
  if (input.member.isBlocked) throw ruleViolation("user", "This membership is blocked", "membership_blocked");

  const stampsUsed = stampsFor(reward, input, fields.stamps);
  if (!deps.store.spendStamps(input.member.id, stampsUsed)) {
    const have = deps.store.membership(input.member.id)?.stamps ?? 0;
    throw ruleViolation(
      fields.stamps,
      `Insufficient Stamps: this redemption needs ${stampsUsed}, the member has ${have}`,
      "insufficient_stamps",
    );
  }
  const value =
    reward.stampsMode === "flexible" && reward.valuePerStamp !== null ? stampsUsed * reward.valuePerStamp : null;
  const issuedVoucherId = reward.type === "voucher" ? issueRewardVoucher(deps, ctx, reward, input, value) : null;
  const extraData = input.extraData ?? {};

  const redemptionId = deps.store.insertRedemption({
    merchantId: ctx.merchant.id,
    storeId: input.storeId,
    membershipId: input.member.id,
    kind: "reward",
    rewardId: reward.id,
    voucherId: null,
    promoCodeId: null,
    transactionId: input.transactionId ?? null,
    stampsUsed,
    value,
    qty: input.qty,
    invoiceNumber: input.invoiceNumber ?? null,
    channel: input.channel ?? null,
    requestId: input.requestId ?? null,
    extraData: JSON.stringify(extraData),
    issuedVoucherId,
    createdAt: ctx.nowText,
  });
  return { redemptionId, reward, stampsUsed, extraData, issuedVoucherId };
}

function findReward(deps: Stores, merchantId: number, ref: number | string): RewardRow | undefined {
  if (typeof ref === "number") return deps.store.rewardById(merchantId, ref);
  const byCode = deps.store.rewardByCode(merchantId, ref);
  return byCode ?? (/^\d+$/.test(ref) ? deps.store.rewardById(merchantId, Number(ref)) : undefined);
}

const isAvailable = (reward: RewardRow, today: string) =>
  reward.isActive === 1 &&
  (reward.startDate === null || reward.startDate <= today) &&
  (reward.endDate === null || reward.endDate >= today);

/**
 * fixed: the reward's price times qty. flexible: the stamps the request chose, within the reward's
 * range. redeem-multiple-rewards requires them, as redemption.txt says; redeem-reward (where the
 * document marks `stamps` optional) and add-with-redemptions (whose example leaves them out) charge
 * the reward's stamps_to_redeem without them.
 */
function stampsFor(reward: RewardRow, input: RedeemRewardInput, field: string): number {
  if (reward.stampsMode !== "flexible") return reward.stampsToRedeem * input.qty;
  if (input.stamps === undefined && input.requireFlexibleStamps) throw fieldInvalid(field, FIELD_REQUIRED);
  const stamps = input.stamps ?? reward.stampsToRedeem;
  const min = reward.minStamps ?? 1;
  const max = reward.maxStamps ?? Number.MAX_SAFE_INTEGER;
  if (stamps < min || stamps > max) {
    const range = reward.maxStamps === null ? `at least ${min}` : `between ${min} and ${max}`;
    throw ruleViolation(field, `Stamps for this reward must be ${range}`, "invalid_stamps");
  }
  return stamps;
}

function issueRewardVoucher(
  deps: Stores,
  ctx: RequestContext,
  reward: RewardRow,
  input: RedeemRewardInput,
  value: number | null,
): number {
  const template =
    reward.voucherTemplateId === null ? undefined : deps.vouchers.template(ctx.merchant.id, reward.voucherTemplateId);
  if (!template) throw new Error(`Reward ${reward.id} of type voucher has no voucher template`);
  return issueVoucher(deps.vouchers, {
    template,
    membershipId: input.member.id,
    startDate: validityStart(template, ctx.today),
    quantity: input.qty,
    value: value ?? undefined,
    source: "reward",
    now: ctx.now,
    fields: { template: input.fields?.reward ?? "reward", value: input.fields?.stamps ?? "stamps" },
  });
}
