import { rewardVoucherJson } from "../vouchers/voucher-json";
import type { Stores } from "../db/stores";
import { levelMembershipJson } from "../members/membership-json";
import { redeemRewardInTransaction } from "./redeem-reward";
import { issuedVoucher } from "./redeem-reward-service";
import { rewardJson } from "./redemption-json";

export type RewardItem = {
  /** the reward's id or code */
  code: number | string;
  qty?: number | undefined;
  stamps?: number | undefined;
  request_id?: string | undefined;
  extra_data?: Record<string, unknown> | undefined;
};

export type RedeemMultipleRewardsRequest = {
  user: string;
  store: number;
  rewards: RewardItem[];
  invoice_number?: string | undefined;
  channel?: number | undefined;
};

/**
 * POST /api/v2/redemptions/redeem-multiple-rewards: all rewards or none, in one IMMEDIATE
 * transaction. The docs show a single `redemption` object; it is the first one, and
 * `redemptions` lists all of them in request order.
 */
export function createRedeemMultipleRewards(deps: Stores) {
  const run = deps.sqlite.transaction((merchantId: number, request: RedeemMultipleRewardsRequest) => {
    const ctx = deps.context.begin(merchantId);
    const storeId = deps.context.requireStore(ctx, request.store);
    const member = deps.context.requireMembership(ctx, request.user);
    const consumed = new Set<string>();

    const redemptions = request.rewards.map((item, index) => {
      deps.pins.consume(ctx, member.id, item.request_id, consumed, `rewards.${index}.request_id`);
      const redemption = redeemRewardInTransaction(deps, ctx, {
        storeId,
        member,
        reward: item.code,
        stamps: item.stamps,
        requireFlexibleStamps: true,
        qty: item.qty ?? 1,
        invoiceNumber: request.invoice_number,
        channel: request.channel,
        requestId: item.request_id,
        extraData: item.extra_data,
        fields: { reward: `rewards.${index}.code`, stamps: `rewards.${index}.stamps` },
      });
      const voucher = issuedVoucher(deps, merchantId, redemption);
      return {
        id: redemption.redemptionId,
        stamps_used: redemption.stampsUsed,
        extra_data: redemption.extraData,
        reward: rewardJson(redemption.reward),
        ...(voucher ? { voucher: rewardVoucherJson(voucher) } : {}),
      };
    });

    const after = deps.store.membership(member.id) ?? member;
    return {
      redemption: redemptions[0],
      redemptions,
      membership: levelMembershipJson(after, ctx.merchant.timeZone),
    };
  });
  return (merchantId: number, request: RedeemMultipleRewardsRequest) => run.immediate(merchantId, request);
}
