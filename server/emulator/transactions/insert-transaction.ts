import type { Database } from "better-sqlite3";
import { sqliteTimestamp } from "../loyalty/business-date";
import type { TAddTransactionInput } from "./add-transaction.schema";
import type { ResolvedItem } from "./line-items";
import { duplicateInvoice } from "./transaction-errors";
import { STATUS_NEW, STATUS_OPEN, transactionStore } from "./transaction-store";

export type InsertArgs = {
  merchantId: number;
  storeId: number;
  membershipId: number | null;
  input: TAddTransactionInput;
  businessDate: string;
  created: string;
  stampsEarned: number;
  items: readonly ResolvedItem[];
};

/** Stores the transaction row and its items; the payments are the caller's. */
export function insertTransaction(sqlite: Database, args: InsertArgs): number {
  const s = transactionStore(sqlite);
  const { input, items } = args;
  let transactionId: number;
  try {
    transactionId = Number(
      s.insert.run({
        merchantId: args.merchantId,
        storeId: args.storeId,
        membershipId: args.membershipId,
        invoiceNumber: input.invoice_number,
        businessDate: args.businessDate,
        created: args.created,
        totalValue: input.total_value,
        subtotal: input.sub_total ?? input.subtotal ?? null,
        discount: input.discount ?? null,
        serviceCharge: input.service_charge ?? null,
        tax: input.tax ?? null,
        numberOfPeople: input.number_of_people,
        channel: input.channel ?? null,
        type: input.type ?? null,
        customStamps: input.stamps ?? null,
        stampsEarned: args.stampsEarned,
        status: args.membershipId === null ? STATUS_OPEN : STATUS_NEW,
        employeeCode: input.employee_code ?? null,
        extraData: input.extra_data === undefined ? null : JSON.stringify(input.extra_data),
        notes: "",
        requireEmailNotification: input.require_email_notification ? 1 : 0,
        detailsComplete: items.length > 0 ? 1 : 0,
        receivedAt: sqliteTimestamp(new Date()),
      }).lastInsertRowid,
    );
  } catch (error) {
    // The unique index is the last word if another connection inserted first.
    if (isUniqueViolation(error)) throw duplicateInvoice();
    throw error;
  }
  for (const item of items) {
    s.insertItem.run({
      transactionId,
      productId: item.productId,
      productName: item.productName,
      quantity: item.quantity,
      subtotal: item.subtotal,
      stampsSubtotal: item.stampsSubtotal,
      eligibleForStamps: item.eligibleForStamps ? 1 : 0,
      extraData: item.extraData,
    });
  }
  return transactionId;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE";
}
