import { ZFindMemberRewardsInput, ZMemberRewards } from "@/lib/schemas/rewards";
import { merchantProcedure } from "@/server/api/trpc";
import { findMemberRewards } from "@/server/services/rewards/find-member-rewards";

export const findMemberRewardsProcedure = merchantProcedure("vouchers")
  .input(ZFindMemberRewardsInput)
  .output(ZMemberRewards)
  .query(({ ctx, input }) => findMemberRewards(ctx.stamps, ctx.merchant.stampsMerchantId, input.memberId));
