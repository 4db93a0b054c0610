import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";

export type RewardOption = {
  id: number;
  name: string;
  stampsToRedeem: number | null;
  /** Stamps' answer for this member; null when it did not say. */
  redeemable: boolean | null;
  imageUrl: string | null;
};

/** GET rewards/?customer=…: the merchant's rewards, each saying whether this member can redeem it. */
export async function listRewardOptions(
  stamps: StampsClient,
  merchant: number,
  memberId: number,
): Promise<RewardOption[]> {
  const member = await resolveMember(stamps, merchant, memberId);
  const { rewards } = await stamps.rewards.list({ customer: member.identifier });
  return rewards.map((reward) => ({
    id: reward.id,
    name: reward.name ?? `Reward ${reward.id}`,
    stampsToRedeem: reward.stamps_to_redeem,
    redeemable: reward.redeemable,
    imageUrl: reward.image_url,
  }));
}
