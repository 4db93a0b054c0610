import type { Database } from "better-sqlite3";
import { memberStore } from "../members/member-store";
import { businessDate, parseIsoDateTime, sqliteTimestamp } from "../loyalty/business-date";
import { eligibleSpend, stampsForTransaction } from "../loyalty/earning-rule";
import { transactionCustomerJson } from "../members/membership-json";
import { applyMembershipDelta, getMembershipState } from "../members/membership-store";
import type { TAddTransactionInput } from "./add-transaction.schema";
import { balancePaid, resolveItems, resolvePayments } from "./line-items";
import { duplicateInvoice, insufficientBalance, memberNotFound, storeDoesNotExist } from "./transaction-errors";
import { transactionSummaryJson } from "./transaction-json";
import { insertTransaction } from "./insert-transaction";
import { transactionStore } from "./transaction-store";

export type AddTransactionResult = {
  transactionId: number;
  storeId: number;
  /** null for an open transaction (no `user`) */
  membershipId: number | null;
  stampsEarned: number;
  /** the documented response parts */
  transaction: ReturnType<typeof transactionSummaryJson>;
  customer: ReturnType<typeof transactionCustomerJson> | null;
};

/**
 * The core of POST /api/v2/transactions/add: checks the store, the invoice number (unique per
 * store per business day), the member and the payment methods, stores the transaction with its
 * items and payments, and credits the member's stamps, eligible spend and level.
 *
 * Synchronous and transaction-free on purpose: run it inside `sqlite.transaction(...)` (the
 * route uses `.immediate()`), alone or together with other work such as redemptions, so the
 * invoice check and the insert cannot interleave with another request. Throws ApiError (the
 * documented 400s), which rolls the caller's transaction back.
 */
export function addTransaction(
  sqlite: Database,
  merchantId: number,
  input: TAddTransactionInput,
): AddTransactionResult {
  const s = transactionStore(sqlite);
  const merchant = s.merchant.get(merchantId);
  const store = s.store.get(input.store, merchantId);
  if (!merchant || !store) throw storeDoesNotExist();

  const created = parseIsoDateTime(input.created, merchant.timeZone);
  const day = businessDate(created, merchant.timeZone);
  if (s.invoiceOnDay.get(store.id, input.invoice_number, day) !== undefined) throw duplicateInvoice();

  let membershipId: number | null = null;
  if (input.user !== undefined) {
    membershipId = memberStore(sqlite).findMembershipId(merchantId, input.user) ?? null;
    if (membershipId === null) throw memberNotFound(input.user);
  }

  const payments = resolvePayments(s, input.payments ?? []);
  const items = resolveItems(s, merchantId, input.items ?? []);
  const fromBalance = balancePaid(payments);
  if (fromBalance > 0) {
    const balance = membershipId === null ? 0 : (getMembershipState(sqlite, membershipId)?.balance ?? 0);
    if (balance < fromBalance) throw insufficientBalance();
  }

  const customStamps = input.stamps ?? null;
  const stampsEarned =
    membershipId === null
      ? 0
      : stampsForTransaction({
          totalValue: input.total_value,
          items,
          customStamps,
          valuePerStamp: merchant.valuePerStamp,
        });

  const transactionId = insertTransaction(sqlite, {
    merchantId,
    storeId: store.id,
    membershipId,
    input,
    businessDate: day,
    created: sqliteTimestamp(created),
    stampsEarned,
    items,
  });
  for (const payment of payments) {
    s.insertPayment.run(transactionId, payment.paymentMethodId, payment.value, payment.eligibleForMembership ? 1 : 0);
  }

  let customer: AddTransactionResult["customer"] = null;
  if (membershipId !== null) {
    const spending = eligibleSpend(input.total_value, payments);
    applyMembershipDelta(sqlite, membershipId, { stamps: stampsEarned, spending, balance: -fromBalance });
    const state = getMembershipState(sqlite, membershipId);
    customer = state ? transactionCustomerJson(state) : null;
  }

  const transaction = transactionSummaryJson({
    id: transactionId,
    totalValue: input.total_value,
    numberOfPeople: input.number_of_people,
    discount: input.discount ?? null,
    stampsEarned,
  });
  return { transactionId, storeId: store.id, membershipId, stampsEarned, transaction, customer };
}
