import type { Database } from "better-sqlite3";
import { z } from "zod";
import { bodyInteger, bodyList, bodyNumber, bodyString } from "../http/body-fields";
import { ruleViolation } from "../http/errors";
import { businessDate, isIsoDateTime, parseIsoDateTime } from "../loyalty/business-date";
import { stampsForTransaction } from "../loyalty/earning-rule";
import { transactionCustomerJson } from "../members/membership-json";
import { applyMembershipDelta, getMembershipState } from "../members/membership-store";
import { addTransaction } from "./add-transaction";
import { ZAddTransactionInput, ZTransactionItem } from "./add-transaction.schema";
import { resolveItems } from "./line-items";
import { parseTransactionBody } from "./parse-body";
import { detailAlreadyComplete, invalidTotalItemPrice, storeDoesNotExist } from "./transaction-errors";
import { transactionSummaryJson } from "./transaction-json";
import type { TransactionRow } from "./transaction-store";
import { STATUS_CANCELED, transactionStore } from "./transaction-store";

/** What finds the transaction to complete; the rest of the body is the add payload. */
const ZLookup = z.object({
  store: bodyInteger.required(),
  invoice_number: bodyString.required(),
});

/** Completing needs items with their price ("subtotal" or the older "price"). */
const ZCompletion = z.object({
  items: bodyList(ZTransactionItem.extend({ subtotal: bodyNumber.required() })).required(),
});

/** The two bodies it takes, for the OpenAPI document: items completing a transaction, or an add payload. */
export const ZAddOrUpdateInput = z.union([ZLookup.extend(ZCompletion.shape), ZAddTransactionInput]);

// Item totals are Rupiah sums of floats; a rounding difference is not a mismatch.
const TOLERANCE = 0.005;

/**
 * POST /api/v2/transactions/add-or-update. When the store already has a transaction with this
 * invoice number (on the business day of `created`, else the latest one), its items are
 * completed: once only, and their prices must add up to the transaction's value. Otherwise the
 * body is a transactions/add payload. Run inside an immediate transaction.
 */
export function addOrUpdateTransaction(sqlite: Database, merchantId: number, body: unknown) {
  const lookup = parseTransactionBody(ZLookup, body);
  const s = transactionStore(sqlite);
  const merchant = s.merchant.get(merchantId);
  const store = s.store.get(lookup.store, merchantId);
  if (!merchant || !store) throw storeDoesNotExist();

  const created = isRecord(body) ? body.created : undefined;
  const existing =
    typeof created === "string" && isIsoDateTime(created)
      ? s.byStoreInvoiceOnDay.get(
          store.id,
          lookup.invoice_number,
          businessDate(parseIsoDateTime(created, merchant.timeZone), merchant.timeZone),
        )
      : s.latestByInvoice.get(store.id, lookup.invoice_number);

  if (!existing) {
    const result = addTransaction(sqlite, merchantId, parseTransactionBody(ZAddTransactionInput, body));
    return { customer: result.customer, transaction: result.transaction };
  }
  return completeItems(sqlite, merchantId, existing, withPriceAsSubtotal(body));
}

function completeItems(sqlite: Database, merchantId: number, transaction: TransactionRow, body: unknown) {
  if (transaction.detailsComplete === 1 || transaction.status === STATUS_CANCELED) throw detailAlreadyComplete();
  const { items: input } = parseTransactionBody(ZCompletion, body);
  const s = transactionStore(sqlite);

  const total = input.reduce((sum, item) => sum + item.subtotal, 0);
  if (Math.abs(total - transaction.totalValue) > TOLERANCE) throw invalidTotalItemPrice();

  const items = resolveItems(s, merchantId, input);
  for (const item of items) {
    s.insertItem.run({ ...item, transactionId: transaction.id, eligibleForStamps: item.eligibleForStamps ? 1 : 0 });
  }
  const stampsEarned =
    transaction.membershipId === null
      ? 0
      : stampsForTransaction({
          totalValue: transaction.totalValue,
          items,
          customStamps: transaction.customStamps,
          valuePerStamp: s.merchant.get(merchantId)?.valuePerStamp ?? 0,
        });
  s.completeDetails.run(stampsEarned, transaction.id);

  let customer = null;
  if (transaction.membershipId !== null) {
    const stampsDelta = stampsEarned - transaction.stampsEarned;
    const state = getMembershipState(sqlite, transaction.membershipId);
    if (!state || state.stamps + stampsDelta < 0) {
      throw ruleViolation("stamps", "Transaction can't be updated due to insufficient Stamps", "insufficient_stamps");
    }
    applyMembershipDelta(sqlite, transaction.membershipId, { stamps: stampsDelta });
    const updated = getMembershipState(sqlite, transaction.membershipId);
    customer = updated ? transactionCustomerJson(updated) : null;
  }
  return { customer, transaction: transactionSummaryJson({ ...transaction, stampsEarned }) };
}

/** Items may carry their price as `price` (the item object's "subtotal/price"). */
function withPriceAsSubtotal(body: unknown): unknown {
  if (!isRecord(body) || !Array.isArray(body.items)) return body;
  const items: unknown[] = body.items;
  return {
    ...body,
    items: items.map((item) =>
      isRecord(item) && item.subtotal === undefined ? { ...item, subtotal: item.price } : item,
    ),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
