import { createTRPCRouter } from "@/server/api/trpc";
import { addTransactionProcedure } from "./add-transaction";
import { cancelTransactionProcedure } from "./cancel-transaction";
import { completeTransactionItemsProcedure } from "./complete-transaction-items";
import { findMemberTransactionsProcedure } from "./find-member-transactions";
import { findTransactionsByInvoiceProcedure } from "./find-transactions-by-invoice";
import { getTransactionProcedure } from "./get-transaction";
import { modifyTransactionProcedure } from "./modify-transaction";
import { previewCompletionProcedure } from "./preview-completion";
import { previewEarningsProcedure } from "./preview-earnings";
import { previewModificationProcedure } from "./preview-modification";

export const transactionsRouter = createTRPCRouter({
  findMemberTransactions: findMemberTransactionsProcedure,
  findByInvoice: findTransactionsByInvoiceProcedure,
  get: getTransactionProcedure,
  previewEarnings: previewEarningsProcedure,
  previewModification: previewModificationProcedure,
  previewCompletion: previewCompletionProcedure,
  add: addTransactionProcedure,
  completeTransactionItems: completeTransactionItemsProcedure,
  modify: modifyTransactionProcedure,
  cancel: cancelTransactionProcedure,
});
