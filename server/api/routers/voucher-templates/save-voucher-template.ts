import {
  ZSaveVoucherTemplateInput,
  ZVoucherTemplate,
  type TSaveVoucherTemplateInput,
} from "@/lib/schemas/voucher-templates";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { saveVoucherTemplate } from "@/server/services/voucher-templates/save-voucher-template";

export const saveVoucherTemplateProcedure = merchantProcedure("settings")
  .input(ZSaveVoucherTemplateInput)
  .use(
    audited<TSaveVoucherTemplateInput>({
      action: "voucher-templates.save",
      target: (input) => `voucher-template:${input.stampsTemplateId}`,
    }),
  )
  .output(ZVoucherTemplate.pick({ id: true, stampsTemplateId: true, name: true, valueType: true }))
  .mutation(({ ctx, input }) => saveVoucherTemplate(ctx.db, ctx.merchant.id, input));
