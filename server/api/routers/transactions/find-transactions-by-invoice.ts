import { ZFindTransactionsByInvoiceInput, ZInvoiceMatches } from "@/lib/schemas/transactions";
import { merchantProcedure } from "@/server/api/trpc";
import { findTransactionsByInvoice } from "@/server/services/transactions/find-transactions-by-invoice";

export const findTransactionsByInvoiceProcedure = merchantProcedure("transactions")
  .input(ZFindTransactionsByInvoiceInput)
  .output(ZInvoiceMatches)
  .query(({ ctx, input }) => findTransactionsByInvoice(ctx.db, ctx.stamps, ctx.merchant, input));
