import { ZRedemptionMemberInput, ZRewardOptions } from "@/lib/schemas/redemptions";
import { merchantProcedure } from "@/server/api/trpc";
import { listRewardOptions } from "@/server/services/redemptions/list-reward-options";

/** The rewards a member could redeem, for the reward picker. */
export const findRewardOptionsProcedure = merchantProcedure("redemptions")
  .input(ZRedemptionMemberInput)
  .output(ZRewardOptions)
  .query(({ ctx, input }) => listRewardOptions(ctx.stamps, ctx.merchant, input.memberId));
