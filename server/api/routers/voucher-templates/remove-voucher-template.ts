import { z } from "zod";
import { ZRemoveVoucherTemplateInput } from "@/lib/schemas/voucher-templates";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { removeVoucherTemplate } from "@/server/services/voucher-templates/save-voucher-template";

export const removeVoucherTemplateProcedure = merchantProcedure("settings")
  .input(ZRemoveVoucherTemplateInput)
  .use(
    audited<z.infer<typeof ZRemoveVoucherTemplateInput>>({
      action: "voucher-templates.remove",
      target: (input) => `voucher-template:${input.id}`,
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(({ ctx, input }) => removeVoucherTemplate(ctx.db, ctx.merchant.id, input.id));
