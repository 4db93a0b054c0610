import { canAccess } from "@/lib/permissions";
import { ZFindMemberVouchersInput, ZVoucherPage } from "@/lib/schemas/vouchers";
import { merchantProcedure } from "@/server/api/trpc";
import { learnVoucherTemplates } from "@/server/services/voucher-templates/learn-voucher-templates";
import { findMemberVouchers } from "@/server/services/vouchers/find-member-vouchers";
import { withIssuingCampaigns } from "@/server/services/vouchers/voucher-campaigns";

export const findMemberVouchersProcedure = merchantProcedure("vouchers")
  .input(ZFindMemberVouchersInput)
  .output(ZVoucherPage)
  .query(async ({ ctx, input }) => {
    const page = await findMemberVouchers(ctx, input);
    await learnVoucherTemplates(ctx.db, ctx.merchant.id, page.vouchers);
    if (!canAccess(ctx.staff.role, "campaigns")) return page;
    return { ...page, vouchers: await withIssuingCampaigns(ctx.db, ctx.merchant.id, page.vouchers) };
  });
