import { ZConnectionCheck, ZMerchantIdInput } from "@/lib/schemas/merchants";
import { adminProcedure } from "@/server/api/trpc";
import { AppError } from "@/server/errors";
import { assertWorksFor } from "@/server/services/merchants/merchant-access";
import { testConnection } from "@/server/services/merchants/test-connection";

/** A read: Stamps changes nothing, so it is a query and not audited. */
export const testConnectionProcedure = adminProcedure
  .input(ZMerchantIdInput)
  .output(ZConnectionCheck)
  .query(async ({ ctx, input }) => {
    assertWorksFor(ctx.staff, input.id);
    const merchant = await ctx.db.merchant.findUnique({ where: { id: input.id } });
    if (!merchant) throw new AppError("NOT_FOUND", { userMessage: "This merchant no longer exists." });
    return testConnection(merchant);
  });
