import { ZRewards } from "@/lib/schemas/rewards";
import { merchantProcedure } from "@/server/api/trpc";
import { findRewards } from "@/server/services/rewards/find-rewards";

export const findRewardsProcedure = merchantProcedure("vouchers")
  .output(ZRewards)
  .query(({ ctx }) => findRewards(ctx.stamps));
