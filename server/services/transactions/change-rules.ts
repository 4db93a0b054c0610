import type { z } from "zod";
import type { ZCompleteItemsValues, ZModifyValues } from "@/lib/schemas/transactions";
import { AppError } from "@/server/errors";
import type { StampsClient, TStampsTransaction } from "@/server/stamps";
import { fetchTransaction } from "./get-transaction";

// What a recorded transaction may still become: the checks that modify, complete-items and their
// previews share.

type Merchant = { stampsMerchantId: number; timeZone: string };

/** A transaction that may still change: not canceled, and with a store to preview against. */
export async function changeableTransaction(stamps: StampsClient, merchant: Merchant, transactionId: number) {
  const transaction = await fetchTransaction(stamps, merchant, transactionId);
  if (transaction.status?.toLowerCase().startsWith("cancel")) {
    throw new AppError("BAD_REQUEST", { userMessage: "This transaction is cancelled; it can no longer change." });
  }
  const store = transaction.store?.id;
  if (!store) {
    throw new AppError("UPSTREAM_ERROR", {
      userMessage: "Stamps did not say which store this transaction belongs to.",
    });
  }
  return { transaction, store };
}

function fieldError(field: string, message: string): never {
  throw new AppError("BAD_REQUEST", { userMessage: message, fieldErrors: { [field]: message } });
}

/** The transaction after taking these amounts and quantities off, checked against what it holds. */
export function afterTakingOff(transaction: TStampsTransaction, values: z.output<typeof ZModifyValues>) {
  if (values.takeOffTotal > transaction.value) {
    fieldError("takeOffTotal", `The transaction is only Rp ${transaction.value.toLocaleString("id-ID")}`);
  }
  if (transaction.subtotal !== null && values.takeOffSubtotal > transaction.subtotal) {
    fieldError("takeOffSubtotal", `The subtotal is only Rp ${transaction.subtotal.toLocaleString("id-ID")}`);
  }
  const items = transaction.items.map((item) => {
    const change = values.items.find((line) => line.productName.toLowerCase() === (item.name ?? "").toLowerCase());
    return { name: item.name ?? "", quantity: item.quantity - (change?.takeOffQuantity ?? 0) };
  });
  for (const line of values.items) {
    if (line.takeOffQuantity === 0) continue;
    const item = items.find((candidate) => candidate.name.toLowerCase() === line.productName.toLowerCase());
    if (!item) fieldError("items", `${line.productName} is not an item of this transaction`);
    if (item.quantity < 0) fieldError("items", `Only ${item.quantity + line.takeOffQuantity} × ${item.name} were sold`);
  }
  return {
    value: transaction.value - values.takeOffTotal,
    subtotal: transaction.subtotal === null ? null : transaction.subtotal - values.takeOffSubtotal,
    items: items.filter((item) => item.quantity > 0),
  };
}

/** Items must add up to the transaction's value, as Stamps' add-or-update requires. */
export function checkItemsTotal(
  transaction: TStampsTransaction,
  items: z.output<typeof ZCompleteItemsValues>["items"],
) {
  const total = items.reduce((sum, item) => sum + item.subtotal, 0);
  if (Math.abs(total - transaction.value) > 0.005) {
    fieldError(
      "items",
      `The items add up to Rp ${total.toLocaleString("id-ID")}; they must add up to the transaction's Rp ${transaction.value.toLocaleString("id-ID")}`,
    );
  }
}
