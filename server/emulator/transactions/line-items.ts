import type { EarningItem, EligiblePayment } from "../loyalty/earning-rule";
import { BALANCE_PAYMENT_CODE } from "../loyalty/earning-rule";
import type { TTransactionItem, TTransactionPayment } from "./add-transaction.schema";
import { paymentMethodNotFound } from "./transaction-errors";
import type { ItemRow, TransactionStore } from "./transaction-store";

// Items and payments of a request, resolved against the catalogue: what the earning rule reads
// and what the services store.

export type ResolvedItem = EarningItem & {
  productId: number | null;
  productName: string;
  extraData: string | null;
};

export type ResolvedPayment = EligiblePayment & { paymentMethodId: number; fromBalance: boolean };

export function resolveItems(s: TransactionStore, merchantId: number, items: readonly TTransactionItem[]) {
  return items.map((item): ResolvedItem => {
    const product = s.product.get(merchantId, item.product_name);
    return {
      productId: product?.id ?? null,
      productName: item.product_name,
      quantity: item.quantity,
      subtotal: item.subtotal ?? item.price ?? null,
      stampsSubtotal: item.stamps_subtotal ?? null,
      eligibleForStamps: item.eligible_for_stamps ?? true,
      productStamps: product?.stamps ?? null,
      extraData: item.extra_data === undefined ? null : JSON.stringify(item.extra_data),
    };
  });
}

export function resolvePayments(s: TransactionStore, payments: readonly TTransactionPayment[]) {
  return payments.map((payment): ResolvedPayment => {
    const method = s.paymentMethod.get(payment.payment_method);
    if (!method) throw paymentMethodNotFound(payment.payment_method);
    return {
      paymentMethodId: method.id,
      value: payment.value,
      eligibleForMembership: payment.eligible_for_membership ?? true,
      fromBalance: method.code === BALANCE_PAYMENT_CODE,
    };
  });
}

/** Rupiah paid from the member's Stamps balance (whole Rupiah: the balance is an integer). */
export function balancePaid(payments: readonly { value: number; fromBalance: boolean }[]): number {
  return Math.round(payments.reduce((sum, payment) => sum + (payment.fromBalance ? payment.value : 0), 0));
}

export function storedEarningItem(row: ItemRow): EarningItem {
  return { ...row, eligibleForStamps: row.eligibleForStamps === 1 };
}

export function storedPayment(row: { value: number; eligibleForMembership: number; code: string }) {
  return {
    value: row.value,
    eligibleForMembership: row.eligibleForMembership === 1,
    fromBalance: row.code === BALANCE_PAYMENT_CODE,
  };
}
