import { ZAddTransactionInput, ZTransactionChangeResult, type TAddTransactionInput } from "@/lib/schemas/transactions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { addTransaction } from "@/server/services/transactions/add-transaction";

export const addTransactionProcedure = merchantProcedure("transactions")
  .input(ZAddTransactionInput)
  .use(
    audited<TAddTransactionInput>({
      action: "transactions.add",
      target: (i) => memberTarget(i.memberId),
      reason: (i) => i.reason,
    }),
  )
  .output(ZTransactionChangeResult)
  .mutation(({ ctx, input }) => addTransaction(ctx.stamps, ctx.merchant, input));
