import { z } from "zod";
import { ZVoucherTemplate } from "@/lib/schemas/voucher-templates";
import { merchantProcedure } from "@/server/api/trpc";
import { findVoucherTemplates } from "@/server/services/voucher-templates/find-voucher-templates";

/** The merchant's templates for the pickers (Issue voucher, New campaign) and the admin's catalogue. */
export const findVoucherTemplatesProcedure = merchantProcedure("vouchers")
  .output(z.array(ZVoucherTemplate))
  .query(({ ctx }) => findVoucherTemplates(ctx.db, ctx.merchant.id));
