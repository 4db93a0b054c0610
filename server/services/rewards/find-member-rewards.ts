import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { byCost, toReward } from "./find-rewards";

/**
 * Which rewards a member can redeem now. Stamps judges this when given the member's email; for a
 * member without one we compare their stamps with each reward's cost and say so.
 */
export async function findMemberRewards(stamps: StampsClient, merchant: number, memberId: number) {
  const member = await resolveMember(stamps, merchant, memberId);
  const { rewards } = await stamps.rewards.list(member.email ? { customer: member.email } : {});
  const checkedByStamps = Boolean(member.email) && rewards.every((reward) => reward.redeemable !== null);
  return {
    stamps: member.stamps,
    checkedByStamps,
    rewards: rewards
      .map((reward) => {
        const stampsMissing = Math.max(0, (reward.stamps_to_redeem ?? 0) - member.stamps);
        const redeemable = checkedByStamps ? reward.redeemable === true : stampsMissing === 0;
        return { ...toReward(reward), redeemable, stampsMissing: redeemable ? 0 : stampsMissing };
      })
      .sort((a, b) => Number(b.redeemable) - Number(a.redeemable) || byCost(a, b)),
  };
}
