import { ZRedeemPromoCodeInput, ZRedemptionResult, type TRedeemPromoCodeInput } from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
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
  .mutation(({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) =>
    redeemPromoCode(ctx.stamps, ctx.merchant, input),
  );
