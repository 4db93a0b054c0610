import { ZVoucherPage } from "@/lib/schemas/voucher-view";
import { ZFindMemberVouchersInput } from "@/lib/schemas/vouchers";
import { merchantProcedure } from "@/server/api/trpc";
import { findMemberVouchers } from "@/server/services/vouchers/find-member-vouchers";

export const findMemberVouchersProcedure = merchantProcedure("vouchers")
  .input(ZFindMemberVouchersInput)
  .output(ZVoucherPage)
  .query(({ ctx, input }) => findMemberVouchers(ctx, input));
