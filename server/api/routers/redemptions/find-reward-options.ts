import { ZRedemptionMemberInput, ZRewardOptions } from "@/lib/schemas/redemptions";
import { merchantProcedure } from "@/server/api/trpc";
import { findRewardOptions } from "@/server/services/redemptions/find-reward-options";

/** The rewards a member could redeem, for the reward picker. */
export const findRewardOptionsProcedure = merchantProcedure("redemptions")
  .input(ZRedemptionMemberInput)
  .output(ZRewardOptions)
  .query(({ ctx, input }) => findRewardOptions(ctx.stamps, ctx.merchant, input.memberId));
