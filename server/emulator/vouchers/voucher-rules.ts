import type { VoucherRow } from "./voucher-store";

/** Why a voucher cannot be redeemed now: the message and the error_code of the error body. */
export type VoucherProblem = { message: string; code: string };

export type RedeemAt = {
  today: string;
  storeId: number | undefined;
  /** stores the template is limited to; empty means all of the merchant's */
  allowedStores: readonly number[];
  channel?: number | undefined;
  transactionValue?: number | undefined;
};

export const channelsOf = (voucher: VoucherRow): number[] => JSON.parse(voucher.template.channels) as number[];

export function hasUsesLeft(voucher: VoucherRow): boolean {
  if (voucher.quantity <= 0) return false;
  return voucher.template.valueType !== "dynamic" || (voucher.remainingValue ?? 0) > 0;
}

/** The first rule the voucher breaks, or null when it can be redeemed at `at`. */
export function voucherProblem(voucher: VoucherRow, at: RedeemAt): VoucherProblem | null {
  if (voucher.status === "canceled") return { message: "This voucher has been canceled", code: "voucher_canceled" };
  if (voucher.status === "used" || !hasUsesLeft(voucher)) {
    return { message: "This voucher has already been used", code: "voucher_already_used" };
  }
  if (at.today < voucher.startDate) {
    return { message: `This voucher is valid from ${voucher.startDate}`, code: "voucher_not_yet_valid" };
  }
  if (at.today > voucher.endDate) {
    return { message: `This voucher expired on ${voucher.endDate}`, code: "voucher_expired" };
  }
  if (at.storeId !== undefined && at.allowedStores.length > 0 && !at.allowedStores.includes(at.storeId)) {
    return { message: "This voucher cannot be redeemed at this store", code: "invalid_voucher_store" };
  }
  const channels = channelsOf(voucher);
  if (at.channel !== undefined && channels.length > 0 && !channels.includes(at.channel)) {
    return { message: "This voucher cannot be redeemed on this channel", code: "invalid_voucher_channel" };
  }
  const minimum = voucher.template.minTransactionValue;
  if (at.transactionValue !== undefined && minimum !== null && at.transactionValue < minimum) {
    return { message: `This voucher needs a transaction of at least ${minimum}`, code: "minimum_transaction_value" };
  }
  return null;
}

/** "This voucher is not owned by Alice", naming the member the request asked about. */
export const notOwnedMessage = (memberName: string) => `This voucher is not owned by ${memberName}`;
