import type { Database } from "better-sqlite3";
import { z } from "zod";
import { bodyDate, bodyInteger, bodyString } from "../http/body-fields";
import { ApiError, notFound } from "../http/errors";
import { sqliteTimestamp } from "../loyalty/business-date";
import { eligibleSpend } from "../loyalty/earning-rule";
import { membershipJson } from "../members/membership-json";
import { applyMembershipDelta, getMembershipState } from "../members/membership-store";
import { balancePaid, storedPayment } from "./line-items";
import type { FieldProblem } from "./parse-body";
import { STATUS_CANCELED, transactionStore } from "./transaction-store";

/** `store` is not in the document; it only settles which store's invoice is meant when two share it. */
export const ZCancelTransactionInput = z.object({
  invoice_number: bodyString.required(),
  date: bodyDate.required(),
  store: bodyInteger.optional(),
});
export type TCancelTransactionInput = z.infer<typeof ZCancelTransactionInput>;

/** The cancel document's error shape: `{"errors": {"info": "…"}}`, field errors keyed the same way. */
export const cancelError = (errors: Record<string, string>) => new ApiError(400, { errors });

export const cancelValidationError = (problems: FieldProblem[]) =>
  cancelError(Object.fromEntries(problems.map(({ field, message }) => [field, message])));

export const INSUFFICIENT_STAMPS = "Transaction can't be canceled due to insufficient Stamps";

/**
 * Cancels the merchant's transaction with that invoice number on that business day: claws back
 * the stamps it earned (refusing when the member no longer has them), its eligible spend (the
 * level follows) and refunds what was paid from the balance. Run inside an immediate transaction.
 */
export function cancelTransaction(sqlite: Database, merchantId: number, input: TCancelTransactionInput) {
  const s = transactionStore(sqlite);
  const matches = s.byInvoiceOnDay
    .all(merchantId, input.invoice_number, input.date)
    .filter((row) => input.store === undefined || row.storeId === input.store);
  const [transaction] = matches;
  if (!transaction) throw notFound();
  if (matches.length > 1) {
    throw cancelError({
      info: "More than one store has a transaction with this invoice number on this date; send store",
    });
  }
  if (transaction.status === STATUS_CANCELED) throw cancelError({ info: "Transaction is already canceled" });

  let membership = null;
  if (transaction.membershipId !== null) {
    const state = getMembershipState(sqlite, transaction.membershipId);
    if (!state || state.stamps < transaction.stampsEarned) throw cancelError({ info: INSUFFICIENT_STAMPS });
    const payments = s.payments.all(transaction.id).map(storedPayment);
    applyMembershipDelta(sqlite, transaction.membershipId, {
      stamps: -transaction.stampsEarned,
      spending: -eligibleSpend(transaction.totalValue, payments),
      balance: balancePaid(payments),
    });
  }
  s.cancel.run(sqliteTimestamp(new Date()), transaction.id);
  if (transaction.membershipId !== null) {
    const state = getMembershipState(sqlite, transaction.membershipId);
    membership = state ? membershipJson(state) : null;
  }

  return {
    transaction: {
      stamps_earned: transaction.stampsEarned,
      id: transaction.id,
      value: transaction.totalValue,
      status: "Canceled",
    },
    membership,
  };
}
