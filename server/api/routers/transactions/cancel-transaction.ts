import {
  ZCancelTransactionInput,
  ZTransactionChangeResult,
  type TCancelTransactionInput,
} from "@/lib/schemas/transactions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { cancelTransaction } from "@/server/services/transactions/cancel-transaction";
import { transactionTarget } from "@/server/services/audit/audit-targets";

export const cancelTransactionProcedure = merchantProcedure("transactions")
  .input(ZCancelTransactionInput)
  .use(
    audited<TCancelTransactionInput>({
      action: "transactions.cancel",
      target: transactionTarget,
      reason: (i) => i.reason,
    }),
  )
  .output(ZTransactionChangeResult)
  .mutation(({ ctx, input }) => cancelTransaction(ctx.stamps, ctx.merchant, input));
