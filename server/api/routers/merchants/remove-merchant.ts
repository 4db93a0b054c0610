import { z } from "zod";
import { ZRemoveMerchantInput, type TRemoveMerchantInput } from "@/lib/schemas/merchants";
import { adminProcedure, audited } from "@/server/api/trpc";
import { merchantTarget } from "@/server/services/audit/audit-targets";
import { assertWorksFor } from "@/server/services/merchants/merchant-access";
import { removeMerchant } from "@/server/services/merchants/remove-merchant";

/** Its audit events stay; the input names it by `id`, not `merchantId`, so the event is not tied to the deleted row. */
export const removeMerchantProcedure = adminProcedure
  .input(ZRemoveMerchantInput)
  .use(
    audited<TRemoveMerchantInput, { stampsMerchantId: number }>({
      action: "merchants.remove",
      target: (input, output) => (output ? merchantTarget(output.stampsMerchantId) : `merchant:${input.confirmName}`),
      reason: (input) => input.reason,
    }),
  )
  .output(z.object({ id: z.string(), stampsMerchantId: z.number() }))
  .mutation(({ ctx, input }) => {
    assertWorksFor(ctx.staff, input.id);
    return removeMerchant(ctx.db, input);
  });
