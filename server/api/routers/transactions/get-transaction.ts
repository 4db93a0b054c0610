import { ZGetTransactionInput, ZTransactionDetail } from "@/lib/schemas/transactions";
import { merchantProcedure } from "@/server/api/trpc";
import { getTransaction } from "@/server/services/transactions/get-transaction";
import { lastModification } from "@/server/services/transactions/last-modification";
import { findRecordedTransaction } from "@/server/services/transactions/recorded-transactions";

export const getTransactionProcedure = merchantProcedure("transactions")
  .input(ZGetTransactionInput)
  .output(ZTransactionDetail)
  .query(async ({ ctx, input }) => ({
    ...(await getTransaction(
      ctx.stamps,
      ctx.merchant,
      input,
      await findRecordedTransaction(ctx.db, ctx.merchant.id, input.transactionId),
    )),
    modifiedAt: await lastModification(ctx.db, ctx.merchant.id, input.transactionId),
  }));
