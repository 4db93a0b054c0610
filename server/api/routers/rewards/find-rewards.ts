import { z } from "zod";
import { ZReward } from "@/lib/schemas/rewards";
import { merchantProcedure } from "@/server/api/trpc";
import { findRewards } from "@/server/services/rewards/find-rewards";

export const findRewardsProcedure = merchantProcedure("vouchers")
  .output(z.array(ZReward))
  .query(({ ctx }) => findRewards(ctx.stamps));
