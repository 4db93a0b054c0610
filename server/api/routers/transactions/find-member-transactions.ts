import { ZFindMemberTransactionsInput, ZMemberTransactionsPage } from "@/lib/schemas/transactions";
import { merchantProcedure } from "@/server/api/trpc";
import { findMemberTransactions } from "@/server/services/transactions/find-member-transactions";

export const findMemberTransactionsProcedure = merchantProcedure("transactions")
  .input(ZFindMemberTransactionsInput)
  .output(ZMemberTransactionsPage)
  .query(({ ctx, input }) => findMemberTransactions(ctx.stamps, ctx.merchant, input));
