import { ZVoucherPage } from "@/lib/schemas/voucher-view";
import { ZFindMemberVouchersInput } from "@/lib/schemas/vouchers";
import { merchantProcedure } from "@/server/api/trpc";
import { learnVoucherTemplates } from "@/server/services/voucher-templates/learn-voucher-templates";
import { findMemberVouchers } from "@/server/services/vouchers/find-member-vouchers";

export const findMemberVouchersProcedure = merchantProcedure("vouchers")
  .input(ZFindMemberVouchersInput)
  .output(ZVoucherPage)
  .query(async ({ ctx, input }) => {
    const page = await findMemberVouchers(ctx, input);
    await learnVoucherTemplates(ctx.db, ctx.merchant.id, page.vouchers);
    return page;
  });
