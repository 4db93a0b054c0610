import { ZGetVoucherInput, ZVoucherDetails } from "@/lib/schemas/vouchers";
import { merchantProcedure } from "@/server/api/trpc";
import { getVoucher } from "@/server/services/vouchers/get-voucher";

export const getVoucherProcedure = merchantProcedure("vouchers")
  .input(ZGetVoucherInput)
  .output(ZVoucherDetails)
  .query(({ ctx, input }) => getVoucher(ctx, input));
