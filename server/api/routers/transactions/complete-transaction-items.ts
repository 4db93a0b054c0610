import type { z } from "zod";
import { ZCompleteItemsInput, ZTransactionChangeResult } from "@/lib/schemas/transactions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { completeTransactionItems } from "@/server/services/transactions/complete-transaction-items";
import { transactionTarget } from "@/server/services/audit/audit-targets";

export const completeTransactionItemsProcedure = merchantProcedure("transactions")
  .input(ZCompleteItemsInput)
  .use(
    audited<z.input<typeof ZCompleteItemsInput>>({
      action: "transactions.addOrUpdate",
      target: transactionTarget,
      reason: (i) => i.reason,
    }),
  )
  .output(ZTransactionChangeResult)
  .mutation(({ ctx, input }) => completeTransactionItems(ctx.stamps, ctx.merchant, input));
