import { ZRedeemVoucherCodeInput, ZRedemptionResult, type TRedeemVoucherCodeInput } from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { recordRedemption } from "@/server/services/redemptions/recorded-redemptions";
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
  .mutation(async ({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) =>
    recordRedemption(ctx, "voucher-code", input, await redeemVoucherCode(ctx.stamps, ctx.merchant, input)),
  );
