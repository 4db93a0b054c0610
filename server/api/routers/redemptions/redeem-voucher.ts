import { ZRedeemVoucherInput, ZRedemptionResult, type TRedeemVoucherInput } from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { recordRedemption } from "@/server/services/redemptions/recorded-redemptions";
import { redeemVoucher } from "@/server/services/redemptions/redeem-voucher";

export const redeemVoucherProcedure = merchantProcedure("redemptions")
  .input(ZRedeemVoucherInput)
  .use(
    audited<TRedeemVoucherInput>({
      action: "redemptions.redeem-voucher",
      target: (input) => memberTarget(input.memberId),
      reason: (input) => input.reason,
    }),
  )
  .output(ZRedemptionResult)
  .mutation(async ({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) =>
    recordRedemption(ctx, "voucher", input, await redeemVoucher(ctx.stamps, ctx.merchant, input)),
  );
