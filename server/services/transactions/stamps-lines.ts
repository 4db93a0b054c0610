import type { z } from "zod";
import type { ZItemLine, ZPaymentLine, ZSaleValues, TTransactionStatus } from "@/lib/schemas/transactions";
import type { TStampsItemInput, TStampsPaymentInput, TStampsPreviewEarningsInput } from "@/server/stamps";

type ItemLine = z.output<typeof ZItemLine>;
type PaymentLine = z.output<typeof ZPaymentLine>;
type SaleValues = z.output<typeof ZSaleValues>;

export function toStampsItems(items: readonly ItemLine[]): TStampsItemInput[] {
  return items.map((item) => ({
    product_name: item.productName,
    quantity: item.quantity,
    ...(item.subtotal !== undefined && { subtotal: item.subtotal }),
    // Stamps defaults to true; send only the exception.
    ...(!item.eligibleForStamps && { eligible_for_stamps: false }),
  }));
}

/** A method typed as digits is Stamps' payment method ID; anything else its code. */
export function toStampsPayments(payments: readonly PaymentLine[]): TStampsPaymentInput[] {
  return payments.map((payment) => ({
    value: payment.value,
    payment_method: /^\d+$/.test(payment.method) ? Number(payment.method) : payment.method,
    ...(!payment.eligibleForMembership && { eligible_for_membership: false }),
  }));
}

export function toStampsSale(sale: SaleValues, memberId: number | undefined): TStampsPreviewEarningsInput {
  return {
    ...(memberId !== undefined && { user: String(memberId) }),
    store: sale.store,
    total_value: sale.totalValue,
    ...(sale.subTotal !== undefined && { sub_total: sale.subTotal }),
    ...(sale.discount !== undefined && { discount: sale.discount }),
    ...(sale.serviceCharge !== undefined && { service_charge: sale.serviceCharge }),
    ...(sale.tax !== undefined && { tax: sale.tax }),
    ...(sale.channel !== undefined && { channel: sale.channel }),
    ...(sale.type !== undefined && { type: sale.type }),
    ...(sale.items.length > 0 && { items: toStampsItems(sale.items) }),
    ...(sale.payments.length > 0 && { payments: toStampsPayments(sale.payments) }),
  };
}

const STATUS_BY_CODE: Record<number, TTransactionStatus> = { 1: "New", 2: "Canceled", 3: "Open" };

/** By-user sends the code, details the word ("Created" for a new one). */
export function toStatus(status: number | string | null): TTransactionStatus | null {
  if (status === null) return null;
  if (typeof status === "number") return STATUS_BY_CODE[status] ?? null;
  const word = status.toLowerCase();
  if (word === "created" || word === "new") return "New";
  if (word === "canceled" || word === "cancelled") return "Canceled";
  if (word === "open") return "Open";
  return null;
}
