import { ZMerchants } from "@/lib/schemas/merchants";
import { adminProcedure } from "@/server/api/trpc";
import { findMerchants } from "@/server/services/merchants/find-merchants";

/** The merchants this admin works for (an owner: all). */
export const findMerchantsProcedure = adminProcedure.output(ZMerchants).query(({ ctx }) =>
  findMerchants(
    ctx.db,
    ctx.staff.merchants.map((merchant) => merchant.id),
  ),
);
