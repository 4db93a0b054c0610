import { ruleViolation } from "../http/errors";
import { notOwnedMessage, voucherProblem } from "../vouchers/voucher-rules";
import type { VoucherRow } from "../vouchers/voucher-store";
import type { Stores } from "../db/stores";
import type { Membership } from "../members/membership-store";
import type { RequestContext } from "./request-context";

export type RedeemVoucherInput = {
  storeId: number;
  member: Membership;
  /** read inside the caller's transaction */
  voucher: VoucherRow;
  /** deduct-value: the value to take from a dynamic voucher; without it the whole use is redeemed */
  deduct?: number | undefined;
  invoiceNumber?: string | undefined;
  channel?: number | undefined;
  requestId?: string | undefined;
  extraData?: Record<string, unknown> | undefined;
  transactionId?: number | null;
  /** add-with-redemptions: the transaction's value, checked against the template's minimum */
  transactionValue?: number | undefined;
  /** the request field that named the voucher, for error bodies */
  field: string;
};

export type VoucherRedemption = {
  redemptionId: number;
  /** after the redemption */
  voucher: VoucherRow;
  value: number | null;
  extraData: Record<string, unknown>;
};

/**
 * Uses a voucher once: a fixed voucher loses one of its uses, a dynamic one its whole remaining
 * value, or with `deduct` only that much. An unclaimed (pregenerated) code becomes the member's.
 * Runs inside the caller's IMMEDIATE transaction.
 */
export function redeemVoucherInTransaction(
  deps: Stores,
  ctx: RequestContext,
  input: RedeemVoucherInput,
): VoucherRedemption {
  const { voucher, member, field } = input;
  if (voucher.membershipId !== null && voucher.membershipId !== member.id) {
    throw ruleViolation("user", notOwnedMessage(member.name), "invalid_voucher_owner");
  }
  if (member.isBlocked) throw ruleViolation("user", "This membership is blocked", "membership_blocked");
  const problem = voucherProblem(voucher, {
    today: ctx.today,
    storeId: input.storeId,
    allowedStores: deps.vouchers.templateStores(voucher.templateId),
    channel: input.channel,
    transactionValue: input.transactionValue,
  });
  if (problem) throw ruleViolation(field, problem.message, problem.code);

  const use = nextUse(voucher, input.deduct, field);
  if (voucher.membershipId === null) deps.vouchers.claim(voucher.id, member.id, null);
  deps.vouchers.updateUse({ id: voucher.id, ...use.after });

  const extraData = input.extraData ?? {};
  const redemptionId = deps.store.insertRedemption({
    merchantId: ctx.merchant.id,
    storeId: input.storeId,
    membershipId: member.id,
    kind: "voucher",
    rewardId: null,
    voucherId: voucher.id,
    promoCodeId: null,
    transactionId: input.transactionId ?? null,
    stampsUsed: 0,
    value: use.value,
    qty: 1,
    invoiceNumber: input.invoiceNumber ?? null,
    channel: input.channel ?? null,
    requestId: input.requestId ?? null,
    extraData: JSON.stringify(extraData),
    issuedVoucherId: null,
    createdAt: ctx.nowText,
  });
  const after = deps.vouchers.byId(ctx.merchant.id, voucher.id) ?? voucher;
  return { redemptionId, voucher: after, value: use.value, extraData };
}

type Use = {
  value: number | null;
  after: { quantity: number; remainingValue: number | null; status: VoucherRow["status"] };
};

function nextUse(voucher: VoucherRow, deduct: number | undefined, field: string): Use {
  const dynamic = voucher.template.valueType === "dynamic";
  if (deduct !== undefined && !dynamic) {
    throw ruleViolation(field, "Only a voucher with a dynamic value can be deducted", "voucher_not_dynamic");
  }
  if (!dynamic) {
    const quantity = voucher.quantity - 1;
    return {
      value: voucher.value,
      after: { quantity, remainingValue: voucher.remainingValue, status: statusOf(quantity) },
    };
  }
  const remaining = voucher.remainingValue ?? 0;
  const amount = deduct ?? remaining;
  if (amount > remaining) {
    throw ruleViolation("value", `This voucher has only ${remaining} left`, "insufficient_voucher_value");
  }
  const left = Math.round((remaining - amount) * 100) / 100;
  const quantity = left > 0 ? voucher.quantity : 0;
  return { value: amount, after: { quantity, remainingValue: left, status: statusOf(quantity) } };
}

const statusOf = (usesLeft: number): VoucherRow["status"] => (usesLeft > 0 ? "active" : "used");
