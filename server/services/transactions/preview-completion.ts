import type { z } from "zod";
import type { TStampsPreview, ZCompleteItemsValues } from "@/lib/schemas/transactions";
import type { StampsClient } from "@/server/stamps";
import { toFormError } from "@/server/stamps/to-form-error";
import { changeableTransaction, checkItemsTotal } from "./change-rules";
import { toStampsItems } from "./stamps-lines";
import { transactionFormErrors } from "./transaction-form-errors";

type Merchant = { stampsMerchantId: number; timeZone: string };
type Target = { transactionId: number; memberId?: number };

/** The stamps the transaction would earn once these items are recorded. */
export async function previewCompletion(
  stamps: StampsClient,
  merchant: Merchant,
  input: Target & z.output<typeof ZCompleteItemsValues>,
): Promise<TStampsPreview> {
  const { transaction, store } = await changeableTransaction(stamps, merchant, input.transactionId);
  checkItemsTotal(transaction, input.items);
  try {
    const preview = await stamps.transactions.previewEarnings({
      ...(input.memberId !== undefined && { user: String(input.memberId) }),
      store,
      total_value: transaction.value,
      items: toStampsItems(input.items),
    });
    const earns = transaction.status?.toLowerCase() !== "open";
    return {
      currentStamps: transaction.stamps ?? 0,
      newStamps: earns ? preview.stamps : 0,
      newValue: transaction.value,
    };
  } catch (error) {
    throw toFormError(error, transactionFormErrors({ product_name: "items", quantity: "items", subtotal: "items" }));
  }
}
