import {
  ZModifyTransactionInput,
  ZTransactionChangeResult,
  type TModifyTransactionInput,
} from "@/lib/schemas/transactions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { modifyTransaction } from "@/server/services/transactions/modify-transaction";
import { transactionAuditTarget } from "./audit-target";

export const modifyTransactionProcedure = merchantProcedure("transactions")
  .input(ZModifyTransactionInput)
  .use(
    audited<TModifyTransactionInput>({
      action: "transactions.modify",
      target: transactionAuditTarget,
      reason: (i) => i.reason,
    }),
  )
  .output(ZTransactionChangeResult)
  .mutation(({ ctx, input }) => modifyTransaction(ctx.stamps, ctx.merchant, input));
