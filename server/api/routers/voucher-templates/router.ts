import { createTRPCRouter } from "@/server/api/trpc";
import { findVoucherTemplatesProcedure } from "./find-voucher-templates";
import { removeVoucherTemplateProcedure } from "./remove-voucher-template";
import { saveVoucherTemplateProcedure } from "./save-voucher-template";

export const voucherTemplatesRouter = createTRPCRouter({
  find: findVoucherTemplatesProcedure,
  save: saveVoucherTemplateProcedure,
  remove: removeVoucherTemplateProcedure,
});
