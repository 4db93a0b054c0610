import { z } from "zod";
import type { StampsCall } from "../client";
import {
  ZChannel,
  ZExtraDataInput,
  ZNumber,
  ZPositiveInt,
  ZStampsDate,
  ZStampsDateTime,
  orNull,
} from "../schemas/common";
import { ZStampsItemInput } from "../schemas/item";
import { ZStampsCustomerSummary, ZStampsMembership } from "../schemas/member";
import { ZStampsPaymentInput } from "../schemas/payment";
import { ZStampsTransaction, ZStampsTransactionResult, ZStampsUserTransaction } from "../schemas/transaction";
import { ZStampsVoucher } from "../schemas/voucher";

/** The amounts and lines that add, add-with-redemptions and preview-earnings share. */
const ZTransactionValues = z.object({
  /** Email or member ID; leave it out for an open transaction. */
  user: z.string().min(1).optional(),
  store: ZPositiveInt,
  total_value: z.number(),
  sub_total: z.number().optional(),
  discount: z.number().optional(),
  service_charge: z.number().optional(),
  tax: z.number().optional(),
  channel: ZChannel.optional(),
  /** STAMPS_TRANSACTION_TYPES. */
  type: ZPositiveInt.optional(),
  items: z.array(ZStampsItemInput).optional(),
  payments: z.array(ZStampsPaymentInput).optional(),
});

export const ZStampsAddTransactionInput = ZTransactionValues.extend({
  /** Unique per store and day. */
  invoice_number: z.string().min(1),
  number_of_people: z.number().int().nonnegative(),
  created: ZStampsDateTime,
  /** Custom stamps, instead of Stamps' own calculation. */
  stamps: z.number().optional(),
  require_email_notification: z.boolean().optional(),
  employee_code: z.string().optional(),
  extra_data: ZExtraDataInput.optional(),
});
export type TStampsAddTransactionInput = z.input<typeof ZStampsAddTransactionInput>;

export const ZStampsAddTransactionWithRedemptionsInput = ZStampsAddTransactionInput.extend({
  /** `reward` is the reward's ID or its code; `stamps` is required for a flexible reward. */
  reward_redemptions: z
    .array(
      z.object({
        request_id: z.string().min(1),
        reward: z.union([ZPositiveInt, z.string().min(1)]),
        stamps: z.number().optional(),
      }),
    )
    .optional(),
  voucher_redemptions: z.array(z.object({ request_id: z.string().min(1), voucher_code: z.string().min(1) })).optional(),
  issue_voucher: z.object({ template_id: ZPositiveInt, value: z.number().optional() }).optional(),
});
export type TStampsAddTransactionWithRedemptionsInput = z.input<typeof ZStampsAddTransactionWithRedemptionsInput>;

export const ZStampsCancelTransactionInput = z.object({ invoice_number: z.string().min(1), date: ZStampsDate });
export type TStampsCancelTransactionInput = z.input<typeof ZStampsCancelTransactionInput>;

/** The values are differences: a negative total and quantity take part of the transaction back. */
export const ZStampsModifyTransactionInput = z.object({
  id: ZPositiveInt,
  total_value: z.number(),
  subtotal: z.number(),
  items: z.array(ZStampsItemInput),
});
export type TStampsModifyTransactionInput = z.input<typeof ZStampsModifyTransactionInput>;

/** The documents' example also sends `merchant`, which the parameter table leaves out. */
export const ZStampsTransactionDetailsInput = z.object({
  merchant: ZPositiveInt.optional(),
  transaction_id: ZPositiveInt,
});
export type TStampsTransactionDetailsInput = z.input<typeof ZStampsTransactionDetailsInput>;

export const ZStampsPreviewEarningsInput = ZTransactionValues;
export type TStampsPreviewEarningsInput = z.input<typeof ZStampsPreviewEarningsInput>;

export const ZStampsTransactionsByUserInput = z.object({
  user: z.string().min(1),
  /** Returns transactions with a smaller ID: pass the last ID of the previous page. */
  last_transaction_id: ZPositiveInt.optional(),
  /** [0] means every merchant of the group. */
  merchant_id: z.array(z.number().int().nonnegative()).optional(),
  channel: z.array(ZChannel).optional(),
  start_date: ZStampsDate.optional(),
  end_date: ZStampsDate.optional(),
});
export type TStampsTransactionsByUserInput = z.input<typeof ZStampsTransactionsByUserInput>;

/** Completes the items of an earlier transaction; their subtotals must add up to its value. */
const ZUpdateTransactionItemsInput = z.object({
  store: ZPositiveInt,
  invoice_number: z.string().min(1),
  items: z.array(ZStampsItemInput.extend({ subtotal: z.number() })).min(1),
});
/** Either a full add payload (creates the transaction) or store + invoice + items (completes it). */
export const ZStampsAddOrUpdateTransactionInput = z.union([ZStampsAddTransactionInput, ZUpdateTransactionItemsInput]);
export type TStampsAddOrUpdateTransactionInput = z.input<typeof ZStampsAddOrUpdateTransactionInput>;

/** An open transaction has no customer, so it may be missing. */
const ZTransactionWithCustomer = z.object({
  transaction: ZStampsTransactionResult,
  customer: orNull(ZStampsCustomerSummary),
});
const ZTransactionWithMembership = z.object({
  transaction: ZStampsTransactionResult,
  membership: orNull(ZStampsMembership),
});

export function transactionEndpoints(call: StampsCall) {
  return {
    /** POST /api/v2/transactions/add: records a sale and awards stamps. */
    add: async (input: TStampsAddTransactionInput) =>
      call({
        method: "POST",
        path: "/api/v2/transactions/add",
        body: ZStampsAddTransactionInput.parse(input),
        response: ZTransactionWithCustomer,
      }),

    /** POST /api/v2/transactions/add-with-redemptions: a sale plus reward and voucher redemptions in one call. */
    addWithRedemptions: async (input: TStampsAddTransactionWithRedemptionsInput) =>
      call({
        method: "POST",
        path: "/api/v2/transactions/add-with-redemptions",
        body: ZStampsAddTransactionWithRedemptionsInput.parse(input),
        response: ZTransactionWithMembership.extend({ issued_voucher: orNull(ZStampsVoucher) }),
      }),

    /** POST /api/v2/transactions/cancel: takes the transaction's stamps back. */
    cancel: async (input: TStampsCancelTransactionInput) =>
      call({
        method: "POST",
        path: "/api/v2/transactions/cancel",
        body: ZStampsCancelTransactionInput.parse(input),
        response: ZTransactionWithMembership,
      }),

    /** POST /api/v2/transactions/modify: vouchers already issued for the old values stay active. */
    modify: async (input: TStampsModifyTransactionInput) =>
      call({
        method: "POST",
        path: "/api/v2/transactions/modify",
        body: ZStampsModifyTransactionInput.parse(input),
        response: ZTransactionWithCustomer,
      }),

    /** GET /api/transactions/details. */
    details: async (input: TStampsTransactionDetailsInput) =>
      call({
        method: "GET",
        path: "/api/transactions/details",
        query: ZStampsTransactionDetailsInput.parse(input),
        response: z.object({ transaction: ZStampsTransaction }),
      }),

    /** POST /api/v2/transactions/preview-earnings: the stamps a sale would earn, without recording it. */
    previewEarnings: async (input: TStampsPreviewEarningsInput) =>
      call({
        method: "POST",
        path: "/api/v2/transactions/preview-earnings",
        body: ZStampsPreviewEarningsInput.parse(input),
        response: z.object({ stamps: ZNumber }),
      }),

    /** GET /api/transactions/by-user: newest first; page with last_transaction_id while has_next. */
    byUser: async (input: TStampsTransactionsByUserInput) =>
      call({
        method: "GET",
        path: "/api/transactions/by-user",
        query: ZStampsTransactionsByUserInput.parse(input),
        response: z.object({
          transactions: z.array(ZStampsUserTransaction),
          has_next: z
            .boolean()
            .nullish()
            .transform((value) => value ?? false),
        }),
      }),

    /** POST /api/v2/transactions/add-or-update: adds the transaction, or completes the items of an existing one. */
    addOrUpdate: async (input: TStampsAddOrUpdateTransactionInput) =>
      call({
        method: "POST",
        path: "/api/v2/transactions/add-or-update",
        body: ZStampsAddOrUpdateTransactionInput.parse(input),
        response: ZTransactionWithCustomer,
      }),
  };
}
