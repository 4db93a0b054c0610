import { ZRedeemVoucherInput, type TRedeemVoucherInput } from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/find-member-activity";
import { redeemVoucher } from "@/server/services/redemptions/redeem-voucher";
import { ZRedemptionResult } from "./redemption.schema";

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
  .mutation(({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) =>
    redeemVoucher(ctx.stamps, ctx.merchant.stampsMerchantId, input),
  );
