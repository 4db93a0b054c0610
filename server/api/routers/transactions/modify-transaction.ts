import {
  ZModifyTransactionInput,
  ZTransactionChangeResult,
  type TModifyTransactionInput,
} from "@/lib/schemas/transactions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { modifyTransaction } from "@/server/services/transactions/modify-transaction";
import { transactionTarget } from "@/server/services/audit/audit-targets";

export const modifyTransactionProcedure = merchantProcedure("transactions")
  .input(ZModifyTransactionInput)
  .use(
    audited<TModifyTransactionInput>({
      action: "transactions.modify",
      target: transactionTarget,
      reason: (i) => i.reason,
    }),
  )
  .output(ZTransactionChangeResult)
  .mutation(({ ctx, input }) => modifyTransaction(ctx.stamps, ctx.merchant, input));
