import { createTRPCRouter } from "@/server/api/trpc";
import { addTransactionProcedure } from "./add-transaction";
import { cancelTransactionProcedure } from "./cancel-transaction";
import { completeTransactionItemsProcedure } from "./complete-transaction-items";
import { findMemberTransactionsProcedure } from "./find-member-transactions";
import { getTransactionProcedure } from "./get-transaction";
import { modifyTransactionProcedure } from "./modify-transaction";
import { previewCompletionProcedure, previewEarningsProcedure, previewModificationProcedure } from "./preview-earnings";

export const transactionsRouter = createTRPCRouter({
  byUser: findMemberTransactionsProcedure,
  get: getTransactionProcedure,
  previewEarnings: previewEarningsProcedure,
  previewModification: previewModificationProcedure,
  previewCompletion: previewCompletionProcedure,
  add: addTransactionProcedure,
  completeItems: completeTransactionItemsProcedure,
  modify: modifyTransactionProcedure,
  cancel: cancelTransactionProcedure,
});
