import { ZCountMemberVouchersInput, ZVoucherCount } from "@/lib/schemas/vouchers";
import { merchantProcedure } from "@/server/api/trpc";
import { countMemberVouchers } from "@/server/services/vouchers/count-member-vouchers";

export const countMemberVouchersProcedure = merchantProcedure("vouchers")
  .input(ZCountMemberVouchersInput)
  .output(ZVoucherCount)
  .query(({ ctx, input }) => countMemberVouchers(ctx, input.memberId));
