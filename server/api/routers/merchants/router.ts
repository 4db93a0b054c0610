import { createTRPCRouter } from "@/server/api/trpc";
import { createMerchantProcedure } from "./create-merchant";
import { findMerchantsProcedure } from "./find-merchants";
import { findStoresProcedure } from "./find-stores";
import { updateMerchantProcedure } from "./update-merchant";

export const merchantsRouter = createTRPCRouter({
  find: findMerchantsProcedure,
  create: createMerchantProcedure,
  update: updateMerchantProcedure,
  findStores: findStoresProcedure,
});
