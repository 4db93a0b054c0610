import { z } from "zod";
import { ZRedemptionMemberInput } from "@/lib/schemas/redemptions";
import { merchantProcedure } from "@/server/api/trpc";
import { listRewardOptions } from "@/server/services/redemptions/list-reward-options";
import { ZRewardOption } from "./redemption.schema";

/** The rewards a member could redeem, for the reward picker. */
export const findRewardOptionsProcedure = merchantProcedure("redemptions")
  .input(ZRedemptionMemberInput)
  .output(z.array(ZRewardOption))
  .query(({ ctx, input }) => listRewardOptions(ctx.stamps, ctx.merchant.stampsMerchantId, input.memberId));
