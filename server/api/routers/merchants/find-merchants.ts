import { ZMerchants } from "@/lib/schemas/merchants";
import { adminProcedure } from "@/server/api/trpc";
import { findMerchants } from "@/server/services/merchants/find-merchants";

export const findMerchantsProcedure = adminProcedure.output(ZMerchants).query(({ ctx }) => findMerchants(ctx.db));
