import type { Database } from "better-sqlite3";
import { z } from "zod";
import { bodyInteger, bodyList, bodyNumber, bodyString } from "../http/body-fields";
import { ApiError, notFound, ruleViolation } from "../http/errors";
import { eligibleSpend, stampsForTransaction } from "../loyalty/earning-rule";
import { transactionCustomerJson } from "../members/membership-json";
import { applyMembershipDelta, getMembershipState } from "../members/membership-store";
import { storedEarningItem, storedPayment } from "./line-items";
import type { FieldProblem } from "./parse-body";
import { ensureNotPositive } from "./transaction-fields";
import { STATUS_CANCELED, transactionStore } from "./transaction-store";

const delta = () => bodyNumber.required().superRefine(ensureNotPositive);

export const ZModifyTransactionInput = z.object({
  id: bodyInteger.required(),
  total_value: delta(),
  subtotal: delta(),
  items: bodyList(
    z.object({
      product_name: bodyString.required(),
      quantity: delta(),
      subtotal: bodyNumber.optional().superRefine((value, ctx) => {
        if (value !== undefined) ensureNotPositive(value, ctx);
      }),
    }),
  ).requiredMayBeEmpty(),
});
export type TModifyTransactionInput = z.infer<typeof ZModifyTransactionInput>;

/** The modify document's error shape: detail, error_message, error_code and an errors object. */
export function modifyValidationError(problems: FieldProblem[]): ApiError {
  const [first] = problems;
  const headline = first ? `${first.field}: ${first.message}` : "Invalid request";
  return new ApiError(400, {
    detail: headline,
    error_message: headline,
    error_code: first?.code ?? "invalid",
    errors: Object.fromEntries(problems.map(({ field, message }) => [field, message])),
  });
}

/**
 * Deducts value, subtotal and item quantities from a transaction (deltas are ≤ 0), recomputes
 * the stamps it earns and moves the member's stamps, eligible spend and level by the
 * difference. Run inside an immediate transaction.
 */
export function modifyTransaction(sqlite: Database, merchantId: number, input: TModifyTransactionInput) {
  const s = transactionStore(sqlite);
  const transaction = s.byId.get(input.id, merchantId);
  if (!transaction) throw notFound();
  if (transaction.status === STATUS_CANCELED) {
    throw ruleViolation("id", "Transaction is already canceled", "transaction_canceled");
  }

  const totalValue = transaction.totalValue + input.total_value;
  if (totalValue < 0) throw ruleViolation("total_value", "Transaction value can't be less than 0", "invalid_value");
  const subtotal = transaction.subtotal === null ? null : Math.max(0, transaction.subtotal + input.subtotal);

  const items = s.items.all(merchantId, transaction.id);
  for (const change of input.items) {
    const name = change.product_name.toLowerCase();
    const item = items.find((row) => row.productName.toLowerCase() === name);
    if (!item) throw ruleViolation("product_name", "Product does not exists", "product_not_found");
    const quantity = item.quantity + change.quantity;
    if (quantity < 0) throw ruleViolation("quantity", "Item quantity can't be less than 0", "invalid_quantity");
    const unitPrice = item.subtotal === null || item.quantity === 0 ? null : item.subtotal / item.quantity;
    const itemSubtotal =
      change.subtotal !== undefined && item.subtotal !== null
        ? Math.max(0, item.subtotal + change.subtotal)
        : unitPrice === null
          ? item.subtotal
          : unitPrice * quantity;
    const stampsSubtotal =
      item.stampsSubtotal === null || item.quantity === 0
        ? item.stampsSubtotal
        : Math.floor((item.stampsSubtotal * quantity) / item.quantity);
    Object.assign(item, { quantity, subtotal: itemSubtotal, stampsSubtotal });
    s.updateItem.run(quantity, itemSubtotal, stampsSubtotal, item.id);
  }

  const merchant = s.merchant.get(merchantId);
  // total_value is what to deduct, so a modify never adds stamps (an item subtotal deducted
  // without the total would otherwise widen the value base).
  const stampsEarned =
    transaction.membershipId === null
      ? 0
      : Math.min(
          transaction.stampsEarned,
          stampsForTransaction({
            totalValue,
            items: items.map(storedEarningItem),
            customStamps: transaction.customStamps,
            valuePerStamp: merchant?.valuePerStamp ?? 0,
          }),
        );

  let customer = null;
  if (transaction.membershipId !== null) {
    const state = getMembershipState(sqlite, transaction.membershipId);
    const stampsDelta = stampsEarned - transaction.stampsEarned;
    if (!state || state.stamps + stampsDelta < 0) {
      throw ruleViolation("stamps", "Transaction can't be modified due to insufficient Stamps", "insufficient_stamps");
    }
    const payments = s.payments.all(transaction.id).map(storedPayment);
    const spending = eligibleSpend(totalValue, payments) - eligibleSpend(transaction.totalValue, payments);
    applyMembershipDelta(sqlite, transaction.membershipId, { stamps: stampsDelta, spending });
    const updated = getMembershipState(sqlite, transaction.membershipId);
    customer = updated ? transactionCustomerJson(updated) : null;
  }
  s.updateValues.run({ id: transaction.id, totalValue, subtotal, stampsEarned });

  return {
    transaction: {
      id: transaction.id,
      value: totalValue,
      stamps_earned: stampsEarned,
      number_of_people: transaction.numberOfPeople,
    },
    customer,
  };
}
