import type { RewardRow } from "./redemption-store";

/** The reward object of redeem-reward and redeem-multiple-rewards. */
export const rewardJson = (reward: RewardRow) => ({
  id: reward.id,
  name: reward.name,
  stamps_to_redeem: reward.stampsToRedeem,
  extra_data: JSON.parse(reward.extraData) as Record<string, unknown>,
  code: reward.code,
  type: reward.type,
});

/** redemption.status as by-voucher-code and cancel show it */
export const REDEMPTION_STATUS = { created: "Created", canceled: "Canceled" } as const;
