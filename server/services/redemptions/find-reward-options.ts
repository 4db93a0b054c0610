import type { TRewardOption } from "@/lib/schemas/redemptions";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";

/** GET rewards/?customer=…: the merchant's rewards, each saying whether this member can redeem it. */
export async function findRewardOptions(
  stamps: StampsClient,
  merchant: { stampsMerchantId: number; timeZone: string },
  memberId: number,
): Promise<TRewardOption[]> {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, memberId);
  const { rewards } = await stamps.rewards.list({ customer: member.identifier });
  return rewards.map((reward) => ({
    id: reward.id,
    name: reward.name ?? `Reward ${reward.id}`,
    stampsToRedeem: reward.stamps_to_redeem,
    redeemable: reward.redeemable,
    imageUrl: reward.image_url,
  }));
}
