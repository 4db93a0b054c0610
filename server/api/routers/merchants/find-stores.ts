import { ZStores } from "@/lib/schemas/merchants";
import { merchantProcedure } from "@/server/api/trpc";
import { findStores } from "@/server/services/merchants/find-stores";

/** The current merchant's stores, for store pickers; any role working for the merchant. */
export const findStoresProcedure = merchantProcedure("members")
  .output(ZStores)
  .query(({ ctx }) => findStores(ctx.db, ctx.merchant.id));
