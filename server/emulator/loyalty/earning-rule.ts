// The emulator's loyalty rules, in one place (README "Loyalty rules"). Pure functions: the
// transaction services feed them what the request and the catalogue say.

export type EarningItem = {
  /** combined price (qty × unit price); null when the POS did not send it */
  subtotal: number | null;
  quantity: number;
  /** combined stamps the POS sent for the item */
  stampsSubtotal: number | null;
  eligibleForStamps: boolean;
  /** the catalogue's stamps per unit, for products that earn a fixed number of stamps */
  productStamps: number | null;
};

export type EarningInput = {
  totalValue: number;
  items: readonly EarningItem[];
  /** the request's `stamps`: custom stamps replace the rule */
  customStamps: number | null;
  /** the merchant's Rupiah of eligible value per stamp */
  valuePerStamp: number;
};

// Float sums of Rupiah (e.g. 0.1 + 0.2) must not lose a stamp at an exact threshold.
const EPSILON = 1e-6;

/**
 * Stamps a transaction earns:
 * - custom `stamps` sent by the POS are the answer;
 * - an eligible item with `stamps_subtotal` (or a catalogue product with fixed stamps) earns those
 *   stamps, and its price leaves the value base;
 * - items with `eligible_for_stamps: false` earn nothing and their price leaves the value base;
 * - the rest of `total_value` earns one stamp per full `valuePerStamp`.
 */
export function stampsForTransaction(input: EarningInput): number {
  if (input.customStamps !== null) return Math.max(0, Math.floor(input.customStamps));

  let itemStamps = 0;
  let excludedValue = 0;
  for (const item of input.items) {
    if (!item.eligibleForStamps) {
      excludedValue += item.subtotal ?? 0;
      continue;
    }
    const fixed = item.stampsSubtotal ?? (item.productStamps === null ? null : item.productStamps * item.quantity);
    if (fixed === null) continue;
    itemStamps += fixed;
    excludedValue += item.subtotal ?? 0;
  }

  const valueBase = Math.max(0, input.totalValue - excludedValue);
  const valueStamps = input.valuePerStamp > 0 ? Math.floor(valueBase / input.valuePerStamp + EPSILON) : 0;
  return Math.max(0, Math.floor(itemStamps) + valueStamps);
}

export type EligiblePayment = { value: number; eligibleForMembership: boolean };

/**
 * Spend that counts toward the membership level: the payments marked eligible_for_membership
 * (never more than the transaction's value), or the whole value when no payments were sent.
 */
export function eligibleSpend(totalValue: number, payments: readonly EligiblePayment[]): number {
  const value = Math.max(0, totalValue);
  if (payments.length === 0) return value;
  const eligible = payments.reduce((sum, payment) => sum + (payment.eligibleForMembership ? payment.value : 0), 0);
  return Math.min(value, Math.max(0, eligible));
}

/** Payments with this method code are taken from the member's Stamps balance. */
export const BALANCE_PAYMENT_CODE = "BALANCE";

/** Share of a transaction's stamps attributed to one payment (transaction details' eligible_for_stamps). */
export function paymentStampsShare(stamps: number, paymentValue: number, totalValue: number): number {
  if (totalValue <= 0) return 0;
  return Math.floor((stamps * Math.max(0, paymentValue)) / totalValue + EPSILON);
}
