import { ZMerchant, ZUpdateMerchantInput, type TUpdateMerchantInput } from "@/lib/schemas/merchants";
import { adminProcedure, audited } from "@/server/api/trpc";
import { merchantTarget } from "@/server/services/audit/audit-targets";
import { assertWorksFor } from "@/server/services/merchants/merchant-access";
import { updateMerchant } from "@/server/services/merchants/save-merchant";

export const updateMerchantProcedure = adminProcedure
  .input(ZUpdateMerchantInput)
  .use(
    audited<TUpdateMerchantInput>({
      action: "merchants.update",
      target: (input) => merchantTarget(input.stampsMerchantId),
    }),
  )
  .output(ZMerchant)
  .mutation(({ ctx, input }) => {
    assertWorksFor(ctx.staff, input.id);
    return updateMerchant(ctx.db, input);
  });
