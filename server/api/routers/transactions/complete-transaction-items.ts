import type { z } from "zod";
import { ZCompleteItemsInput, ZTransactionChangeResult } from "@/lib/schemas/transactions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { completeTransactionItems } from "@/server/services/transactions/complete-transaction-items";
import { transactionAuditTarget } from "./audit-target";

export const completeTransactionItemsProcedure = merchantProcedure("transactions")
  .input(ZCompleteItemsInput)
  .use(
    audited<z.input<typeof ZCompleteItemsInput>>({
      action: "transactions.addOrUpdate",
      target: transactionAuditTarget,
      reason: (i) => i.reason,
    }),
  )
  .output(ZTransactionChangeResult)
  .mutation(({ ctx, input }) => completeTransactionItems(ctx.stamps, ctx.merchant, input));
