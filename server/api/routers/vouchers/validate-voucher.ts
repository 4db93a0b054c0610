import { ZValidateVoucherInput, ZVoucherValidation } from "@/lib/schemas/vouchers";
import { merchantProcedure } from "@/server/api/trpc";
import { validateVoucher } from "@/server/services/vouchers/validate-voucher";

/** A read: Stamps only says whether the code could be redeemed, nothing changes. */
export const validateVoucherProcedure = merchantProcedure("vouchers")
  .input(ZValidateVoucherInput)
  .output(ZVoucherValidation)
  .query(({ ctx, input }) => validateVoucher(ctx.stamps, ctx.merchant.stampsMerchantId, input));
