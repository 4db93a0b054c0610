import type { z } from "zod";
import type { TTransactionChangeResult, ZCompleteItemsInput } from "@/lib/schemas/transactions";
import { AppError } from "@/server/errors";
import type { StampsClient } from "@/server/stamps";
import { toFormError } from "@/server/stamps/to-form-error";
import { fromCustomerAnswer } from "./change-result";
import { changeableTransaction, checkItemsTotal } from "./change-rules";
import { toStampsItems } from "./stamps-lines";
import { transactionFormErrors } from "./transaction-form-errors";

type Merchant = { stampsMerchantId: number; timeZone: string };

/**
 * Records the items of a transaction that was added without them (Stamps' add-or-update, by store
 * and invoice number); Stamps recomputes its stamps from them.
 */
export async function completeTransactionItems(
  stamps: StampsClient,
  merchant: Merchant,
  input: z.output<typeof ZCompleteItemsInput>,
): Promise<TTransactionChangeResult> {
  const { transaction, store } = await changeableTransaction(stamps, merchant, input.transactionId);
  if (!transaction.invoice_number) {
    throw new AppError("UPSTREAM_ERROR", {
      userMessage: "Stamps did not give this transaction's invoice number, which recording its items needs.",
    });
  }
  checkItemsTotal(transaction, input.items);
  try {
    return fromCustomerAnswer(
      await stamps.transactions.addOrUpdate({
        store,
        invoice_number: transaction.invoice_number,
        items: toStampsItems(input.items).map((item) => ({ ...item, subtotal: item.subtotal ?? 0 })),
      }),
    );
  } catch (error) {
    throw toFormError(
      error,
      transactionFormErrors({ product_name: "items", quantity: "items", subtotal: "items", price: "items" }),
    );
  }
}
