import { ZRedeemVoucherCodeInput, ZRedemptionResult, type TRedeemVoucherCodeInput } from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { redeemVoucherCode } from "@/server/services/redemptions/redeem-voucher-code";

export const redeemVoucherCodeProcedure = merchantProcedure("redemptions")
  .input(ZRedeemVoucherCodeInput)
  .use(
    audited<TRedeemVoucherCodeInput>({
      action: "redemptions.redeem-voucher-code",
      target: (input) => memberTarget(input.memberId),
      reason: (input) => input.reason,
    }),
  )
  .output(ZRedemptionResult)
  .mutation(({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) =>
    redeemVoucherCode(ctx.stamps, ctx.merchant, input),
  );
