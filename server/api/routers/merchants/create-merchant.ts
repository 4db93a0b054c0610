import { ZCreateMerchantInput, ZMerchant, type TCreateMerchantInput } from "@/lib/schemas/merchants";
import { adminProcedure, audited } from "@/server/api/trpc";
import { merchantTarget } from "@/server/services/audit/audit-targets";
import { createMerchant } from "@/server/services/merchants/save-merchant";

/** The new merchant is the creating admin's. */
export const createMerchantProcedure = adminProcedure
  .input(ZCreateMerchantInput)
  .use(
    audited<TCreateMerchantInput>({
      action: "merchants.create",
      target: (input) => merchantTarget(input.stampsMerchantId),
    }),
  )
  .output(ZMerchant)
  .mutation(({ ctx, input }) => createMerchant(ctx.db, input, ctx.staff.id));
