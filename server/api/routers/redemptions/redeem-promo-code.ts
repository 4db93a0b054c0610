import { ZRedeemPromoCodeInput, ZRedemptionResult, type TRedeemPromoCodeInput } from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { recordRedemption } from "@/server/services/redemptions/recorded-redemptions";
import { redeemPromoCode } from "@/server/services/redemptions/redeem-promo-code";

export const redeemPromoCodeProcedure = merchantProcedure("redemptions")
  .input(ZRedeemPromoCodeInput)
  .use(
    audited<TRedeemPromoCodeInput>({
      action: "redemptions.redeem-promo-code",
      target: (input) => memberTarget(input.memberId),
      reason: (input) => input.reason,
    }),
  )
  .output(ZRedemptionResult)
  .mutation(async ({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) =>
    recordRedemption(ctx, "promo-code", input, await redeemPromoCode(ctx.stamps, ctx.merchant, input)),
  );
