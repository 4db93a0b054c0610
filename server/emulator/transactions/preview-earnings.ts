import type { Database } from "better-sqlite3";
import { fieldInvalid } from "../http/errors";
import { memberStore } from "../members/member-store";
import { stampsForTransaction } from "../loyalty/earning-rule";
import { ZAddTransactionInput } from "./add-transaction.schema";
import { resolveItems, resolvePayments } from "./line-items";
import { memberNotFound } from "./transaction-errors";
import { transactionStore } from "./transaction-store";

export const ZPreviewEarningsInput = ZAddTransactionInput.pick({
  user: true,
  store: true,
  total_value: true,
  sub_total: true,
  subtotal: true,
  discount: true,
  service_charge: true,
  tax: true,
  channel: true,
  type: true,
  items: true,
  payments: true,
});
type TPreviewEarningsInput = ReturnType<typeof ZPreviewEarningsInput.parse>;

/** The stamps transactions/add would credit for this payload, without storing anything. */
export function previewEarnings(sqlite: Database, merchantId: number, input: TPreviewEarningsInput) {
  const s = transactionStore(sqlite);
  const merchant = s.merchant.get(merchantId);
  if (!merchant || !s.store.get(input.store, merchantId)) throw fieldInvalid("store", "Store does not exist");
  if (input.user !== undefined && memberStore(sqlite).findMembershipId(merchantId, input.user) === undefined) {
    throw memberNotFound(input.user);
  }
  resolvePayments(s, input.payments ?? []);
  const stamps = stampsForTransaction({
    totalValue: input.total_value,
    items: resolveItems(s, merchantId, input.items ?? []),
    customStamps: null,
    valuePerStamp: merchant.valuePerStamp,
  });
  return { stamps };
}
