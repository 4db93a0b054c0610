import type { Database } from "better-sqlite3";
import { notFound } from "../http/errors";
import { paymentStampsShare } from "../loyalty/earning-rule";
import { statusText, unixSeconds } from "./transaction-json";
import { transactionStore } from "./transaction-store";

/** GET /api/transactions/details: one of the merchant's transactions with its items and payments. */
export function getTransactionDetails(sqlite: Database, merchantId: number, transactionId: number) {
  const s = transactionStore(sqlite);
  const row = s.byId.get(transactionId, merchantId);
  if (!row) throw notFound();
  const store = s.storeById.get(row.storeId);

  return {
    transaction: {
      id: row.id,
      invoice_number: row.invoiceNumber,
      created: unixSeconds(row.created),
      discount: row.discount,
      items: s.items.all(merchantId, row.id).map((item) => ({
        id: item.id,
        name: item.productName,
        quantity: item.quantity,
        subtotal: item.subtotal,
      })),
      notes: row.notes,
      service_charge: row.serviceCharge,
      stamps: row.stampsEarned,
      status: statusText(row.status),
      store: { display_name: store?.displayName ?? "", id: row.storeId, name: store?.name ?? "" },
      subtotal: row.subtotal,
      tax: row.tax,
      type: row.type,
      channel: row.channel,
      value: row.totalValue,
      payments: s.payments.all(row.id).map((payment) => ({
        id: payment.id,
        value: payment.value,
        eligible_for_stamps: paymentStampsShare(row.stampsEarned, payment.value, row.totalValue),
        payment_method_code: payment.code,
      })),
    },
  };
}
