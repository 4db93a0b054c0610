import { ZRedeemRewardInput, ZRedemptionResult, type TRedeemRewardInput } from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { recordRedemption } from "@/server/services/redemptions/recorded-redemptions";
import { redeemReward } from "@/server/services/redemptions/redeem-reward";

export const redeemRewardProcedure = merchantProcedure("redemptions")
  .input(ZRedeemRewardInput)
  .use(
    audited<TRedeemRewardInput>({
      action: "redemptions.redeem-reward",
      target: (input) => memberTarget(input.memberId),
      reason: (input) => input.reason,
    }),
  )
  .output(ZRedemptionResult)
  .mutation(async ({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) =>
    recordRedemption(ctx, "reward", input, await redeemReward(ctx.stamps, ctx.merchant, input)),
  );
