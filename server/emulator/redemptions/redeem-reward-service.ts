import type { VoucherRow } from "../vouchers/voucher-store";
import { rewardVoucherJson } from "../vouchers/voucher-json";
import type { Stores } from "../db/stores";
import { redemptionMembershipJson } from "../members/membership-json";
import { redeemRewardInTransaction, type RewardRedemption } from "./redeem-reward";
import { rewardJson } from "./redemption-json";

export type RedeemRewardRequest = {
  user: string;
  store: number;
  reward: number | string;
  stamps?: number | undefined;
  qty?: number | undefined;
  invoice_number?: string | undefined;
  channel?: number | undefined;
  request_id?: string | undefined;
  extra_data?: Record<string, unknown> | undefined;
};

/** POST /api/v2/redemptions/redeem-reward: one IMMEDIATE transaction from lookup to response. */
export function createRedeemReward(deps: Stores) {
  const run = deps.sqlite.transaction((merchantId: number, request: RedeemRewardRequest) => {
    const ctx = deps.context.begin(merchantId);
    const storeId = deps.context.requireStore(ctx, request.store);
    const member = deps.context.requireMembership(ctx, request.user);
    deps.pins.consume(ctx, member.id, request.request_id, new Set());
    const redemption = redeemRewardInTransaction(deps, ctx, {
      storeId,
      member,
      reward: request.reward,
      stamps: request.stamps,
      qty: request.qty ?? 1,
      invoiceNumber: request.invoice_number,
      channel: request.channel,
      requestId: request.request_id,
      extraData: request.extra_data,
    });
    const after = deps.store.membership(member.id) ?? member;
    const voucher = issuedVoucher(deps, merchantId, redemption);
    return {
      redemption: rewardRedemptionJson(redemption),
      membership: redemptionMembershipJson(after, ctx.merchant.timeZone),
      reward: rewardJson(redemption.reward),
      ...(voucher ? { voucher: rewardVoucherJson(voucher) } : {}),
    };
  });
  return (merchantId: number, request: RedeemRewardRequest) => run.immediate(merchantId, request);
}

export const rewardRedemptionJson = (redemption: RewardRedemption) => ({
  id: redemption.redemptionId,
  reward: redemption.reward.name,
  stamps_used: redemption.stampsUsed,
  extra_data: redemption.extraData,
});

export function issuedVoucher(deps: Stores, merchantId: number, redemption: RewardRedemption): VoucherRow | undefined {
  return redemption.issuedVoucherId === null ? undefined : deps.vouchers.byId(merchantId, redemption.issuedVoucherId);
}
