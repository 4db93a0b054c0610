import { ZGetTransactionInput, ZTransactionDetail } from "@/lib/schemas/transactions";
import { merchantProcedure } from "@/server/api/trpc";
import { getTransaction } from "@/server/services/transactions/get-transaction";

export const getTransactionProcedure = merchantProcedure("transactions")
  .input(ZGetTransactionInput)
  .output(ZTransactionDetail)
  .query(({ ctx, input }) => getTransaction(ctx.stamps, ctx.merchant, input));
