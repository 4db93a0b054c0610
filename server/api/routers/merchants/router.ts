import { createTRPCRouter } from "@/server/api/trpc";
import { createMerchantProcedure } from "./create-merchant";
import { findMerchantsProcedure } from "./find-merchants";
import { findStoresProcedure } from "./find-stores";
import { removeMerchantProcedure } from "./remove-merchant";
import { testConnectionProcedure } from "./test-connection";
import { updateMerchantProcedure } from "./update-merchant";

export const merchantsRouter = createTRPCRouter({
  find: findMerchantsProcedure,
  create: createMerchantProcedure,
  update: updateMerchantProcedure,
  remove: removeMerchantProcedure,
  testConnection: testConnectionProcedure,
  findStores: findStoresProcedure,
});
