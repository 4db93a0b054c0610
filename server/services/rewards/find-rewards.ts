import type { TReward } from "@/lib/schemas/rewards";
import type { StampsClient, TStampsReward } from "@/server/stamps";

export const toReward = (reward: TStampsReward): TReward => ({
  id: reward.id,
  name: reward.name ?? `Reward ${reward.id}`,
  code: reward.code,
  stampsNeeded: reward.stamps_to_redeem,
  imageUrl: reward.image_url,
});

export const byCost = (a: TReward, b: TReward) =>
  (a.stampsNeeded ?? 0) - (b.stampsNeeded ?? 0) || a.name.localeCompare(b.name);

/** The merchant's reward catalogue, cheapest first. */
export async function findRewards(stamps: StampsClient) {
  const { rewards } = await stamps.rewards.list();
  return rewards.map(toReward).sort(byCost);
}
