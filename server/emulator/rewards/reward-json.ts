import type { RewardRow } from "./reward-store";
import { leastStamps } from "./reward-store";

/**
 * One entry of GET /api/rewards/. The example names the cost `stamps_to_redeem`, the field list
 * `stamps_required`: both are sent. A flexible reward costs what the redemption chooses between
 * `min_stamps` and `max_stamps`; its `stamps_to_redeem` is the minimum.
 */
export function rewardListJson(reward: RewardRow, memberStamps?: { stamps: number; isBlocked: boolean }) {
  const stamps = leastStamps(reward);
  const flexible = reward.stampsMode === "flexible";
  return {
    id: reward.id,
    name: reward.name,
    code: reward.code,
    type: reward.type,
    stamps_to_redeem: stamps,
    stamps_required: stamps,
    is_flexible: flexible,
    min_stamps: flexible ? stamps : null,
    max_stamps: flexible ? reward.maxStamps : null,
    image_url: reward.imageUrl,
    ...(memberStamps && { redeemable: !memberStamps.isBlocked && memberStamps.stamps >= stamps }),
  };
}
