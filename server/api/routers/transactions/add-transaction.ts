import { ZAddTransactionInput, ZTransactionChangeResult, type TAddTransactionInput } from "@/lib/schemas/transactions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { logger } from "@/server/logger";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { addTransaction } from "@/server/services/transactions/add-transaction";
import { recordAddedTransaction } from "@/server/services/transactions/recorded-transactions";

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
  .mutation(async ({ ctx, input }) => {
    const result = await addTransaction(ctx.stamps, ctx.merchant, input);
    // The sale is in Stamps already; losing our record of it only costs the invoice search, so it must not fail the call.
    await recordAddedTransaction(
      ctx.db,
      {
        merchantId: ctx.merchant.id,
        staff: ctx.staff,
        stampsTransactionId: result.transaction.id,
        invoiceNumber: input.invoiceNumber,
        // The form's time is the merchant's wall clock, so its date is the business date.
        businessDate: input.created.slice(0, 10),
        memberId: input.memberId,
      },
      async () => {
        const member = await ctx.stamps.memberships.status({
          user: String(input.memberId),
          merchant: ctx.merchant.stampsMerchantId,
        });
        return member.name;
      },
    ).catch((error: unknown) =>
      logger.error("transactions.record_failed", { error: error instanceof Error ? error.message : String(error) }),
    );
    return result;
  });
