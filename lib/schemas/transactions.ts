import { dateTimeProblem, isDateTimeLocal } from "@/lib/hour-minute";
import { z } from "@/lib/zod";
import { ZReason, ZStampsDate } from "./common";

/** Stamps' channel and type codes (the documents' mapping tables), for pickers and labels. */
export const CHANNEL_OPTIONS = [
  { value: 1, label: "Mobile App" },
  { value: 2, label: "POS" },
  { value: 3, label: "Kiosk" },
  { value: 4, label: "Web" },
  { value: 5, label: "Android" },
  { value: 6, label: "iOS" },
  { value: 7, label: "Call Center" },
  { value: 8, label: "GrabFood" },
  { value: 9, label: "GoFood" },
] as const;

export const TYPE_OPTIONS = [
  { value: 1, label: "Delivery" },
  { value: 2, label: "Dine-in" },
  { value: 3, label: "Take out" },
  { value: 4, label: "E-Commerce" },
  { value: 5, label: "Pickup" },
] as const;

export const TRANSACTION_STATUSES = ["New", "Canceled", "Open"] as const;
export type TTransactionStatus = (typeof TRANSACTION_STATUSES)[number];

const ZPositiveId = z.number().int().positive();

/** Rupiah as people type it: 50000, "50.000", "Rp 50.000" or "12.500,50". */
export const ZRupiah = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    if (typeof value === "number") return value;
    const cleaned = value.replace(/rp/i, "").replace(/\s/g, "").replace(/\./g, "").replace(",", ".");
    const amount = Number(cleaned);
    if (cleaned === "" || !Number.isFinite(amount)) {
      ctx.addIssue({ code: "custom", message: "Enter an amount in Rupiah, e.g. 50000" });
      return z.NEVER;
    }
    return amount;
  })
  .pipe(z.number().min(0, "Enter 0 or more").max(100_000_000_000, "That amount is too large"));

/** An amount that may be left empty. */
export const ZOptionalRupiah = z
  .union([ZRupiah, z.literal("")])
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const ZCount = (message: string) =>
  z.coerce.number<string | number>({ error: message }).min(0, "Enter 0 or more").max(100_000, "That is too many");

export const ZItemLine = z.object({
  productName: z.string().trim().min(1, "Name the product").max(200),
  quantity: ZCount("Enter a quantity").positive("Enter a quantity above 0"),
  subtotal: ZOptionalRupiah,
  eligibleForStamps: z.boolean().default(true),
});
export type TItemLine = z.input<typeof ZItemLine>;

export const ZPaymentLine = z.object({
  /** Stamps' payment method ID (10) or code (CASH). */
  method: z.string().trim().min(1, "Enter the payment method").max(50),
  value: ZRupiah,
  eligibleForMembership: z.boolean().default(true),
});
export type TPaymentLine = z.input<typeof ZPaymentLine>;

/** What decides the stamps of a sale: shared by the earnings preview and adding a transaction. */
export const ZSaleValues = z.object({
  store: z.number({ error: "Choose a store" }).int().positive("Choose a store"),
  totalValue: ZRupiah,
  subTotal: ZOptionalRupiah,
  discount: ZOptionalRupiah,
  serviceCharge: ZOptionalRupiah,
  tax: ZOptionalRupiah,
  channel: z.number().int().positive().optional(),
  type: z.number().int().positive().optional(),
  items: z.array(ZItemLine).max(200, "At most 200 items").default([]),
  payments: z.array(ZPaymentLine).max(20, "At most 20 payments").default([]),
});

export const ZPreviewEarningsInput = ZSaleValues.extend({ memberId: ZPositiveId.optional() });
export type TPreviewEarningsInput = z.input<typeof ZPreviewEarningsInput>;

/** The fields of the "Add transaction" form; the member and the reason come from the page and the dialog. */
export const ZAddTransactionFields = ZSaleValues.extend({
  invoiceNumber: z.string().trim().min(1, "Enter the invoice number from the POS").max(100),
  /** Wall-clock time in the merchant's time zone, as a datetime-local field gives it (2026-12-02T19:45). */
  created: z.string().superRefine((value, ctx) => {
    if (!isDateTimeLocal(value)) ctx.addIssue({ code: "custom", message: dateTimeProblem(value) });
  }),
  numberOfPeople: ZCount("Enter the number of people").int("A whole number"),
});
export type TAddTransactionFields = z.input<typeof ZAddTransactionFields>;

export const ZAddTransactionInput = ZAddTransactionFields.extend({ memberId: ZPositiveId, reason: ZReason });
export type TAddTransactionInput = z.input<typeof ZAddTransactionInput>;

export const ZFindMemberTransactionsInput = z
  .object({
    memberId: ZPositiveId,
    /** The last transaction ID of the page before (Stamps' last_transaction_id). */
    cursor: ZPositiveId.nullish(),
    startDate: ZStampsDate.optional(),
    endDate: ZStampsDate.optional(),
    channels: z.array(z.number().int().positive()).max(20).optional(),
    /** This merchant only, or every merchant of its group. */
    scope: z.enum(["merchant", "group"]).default("merchant"),
  })
  .refine((input) => !input.startDate || !input.endDate || input.startDate <= input.endDate, {
    path: ["endDate"],
    message: "The end date is before the start date",
  });
export type TFindMemberTransactionsInput = z.input<typeof ZFindMemberTransactionsInput>;

/** A transaction, and the member it was opened for (checked against Stamps before it is shown). */
export const ZGetTransactionInput = z.object({ transactionId: ZPositiveId, memberId: ZPositiveId.optional() });

const ZTransactionTarget = ZGetTransactionInput;

/** Nothing typed means nothing taken off. */
const ZTakeOff = z.union([ZRupiah, z.literal("").transform(() => 0)]);

export const ZModifyValues = z.object({
  takeOffTotal: ZTakeOff,
  takeOffSubtotal: ZTakeOff,
  items: z
    .array(z.object({ productName: z.string().trim().min(1).max(200), takeOffQuantity: ZCount("Enter a quantity") }))
    .max(200),
});
export type TModifyValues = z.input<typeof ZModifyValues>;

const somethingTakenOff = (input: z.output<typeof ZModifyValues>) =>
  input.takeOffTotal > 0 || input.takeOffSubtotal > 0 || input.items.some((item) => item.takeOffQuantity > 0);
const NOTHING_TAKEN_OFF = { path: ["takeOffTotal"], message: "Enter what to take off: an amount or an item quantity" };

/** Stamps' modify takes differences; we ask what to take off and send it as negative numbers. */
export const ZPreviewModificationInput = ZTransactionTarget.extend(ZModifyValues.shape).refine(
  somethingTakenOff,
  NOTHING_TAKEN_OFF,
);
export const ZModifyTransactionInput = ZTransactionTarget.extend(ZModifyValues.shape)
  .extend({ reason: ZReason })
  .refine(somethingTakenOff, NOTHING_TAKEN_OFF);
export type TModifyTransactionInput = z.input<typeof ZModifyTransactionInput>;

/** Items of a transaction recorded without them; their prices must add up to its value. */
export const ZCompleteItemsValues = z.object({
  items: z
    .array(ZItemLine.extend({ subtotal: ZRupiah }))
    .min(1, "Add at least one item")
    .max(200, "At most 200 items"),
});
export type TCompleteItemsValues = z.input<typeof ZCompleteItemsValues>;
export const ZPreviewCompletionInput = ZTransactionTarget.extend(ZCompleteItemsValues.shape);
export const ZCompleteItemsInput = ZPreviewCompletionInput.extend({ reason: ZReason });

/** The documents' cancel request: the invoice number and the business date of the sale. */
export const ZCancelTransactionInput = ZTransactionTarget.extend({
  invoiceNumber: z.string().trim().min(1).max(100),
  date: ZStampsDate,
  reason: ZReason,
});
export type TCancelTransactionInput = z.input<typeof ZCancelTransactionInput>;

// ---- What the procedures return ----

const ZStore = z.object({ id: z.number().nullable(), name: z.string().nullable() });

export const ZMemberTransaction = z.object({
  id: z.number(),
  createdAt: z.date().nullable(),
  /** YYYY-MM-DD in the merchant's time zone: the date Stamps' cancel asks for. */
  businessDate: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  storeName: z.string().nullable(),
  merchantName: z.string().nullable(),
  /** False for a transaction of another merchant of the group: this merchant's token cannot open it. */
  ownMerchant: z.boolean(),
  value: z.number(),
  stampsEarned: z.number().nullable(),
  status: z.enum(TRANSACTION_STATUSES).nullable(),
  channel: z.string().nullable(),
});
export type TMemberTransaction = z.output<typeof ZMemberTransaction>;

export const ZMemberTransactionsPage = z.object({
  transactions: z.array(ZMemberTransaction),
  nextCursor: z.number().nullable(),
});

export const ZTransactionMember = z.object({
  id: z.number(),
  name: z.string(),
  stamps: z.number(),
  level: z.string().nullable(),
});

export const ZTransactionDetail = z.object({
  id: z.number(),
  invoiceNumber: z.string().nullable(),
  createdAt: z.date().nullable(),
  businessDate: z.string().nullable(),
  status: z.enum(TRANSACTION_STATUSES).nullable(),
  store: ZStore,
  value: z.number(),
  subtotal: z.number().nullable(),
  discount: z.number().nullable(),
  tax: z.number().nullable(),
  serviceCharge: z.number().nullable(),
  stamps: z.number().nullable(),
  type: z.string().nullable(),
  notes: z.string().nullable(),
  items: z.array(z.object({ id: z.number().nullable(), name: z.string().nullable(), quantity: z.number() })),
  payments: z.array(
    z.object({
      id: z.number().nullable(),
      method: z.string().nullable(),
      value: z.number(),
      stamps: z.number().nullable(),
    }),
  ),
  /** Stamps' details do not name the member; known when the member it was opened for has it, or from our records. */
  member: ZTransactionMember.nullable(),
  /** Set when the back office added this transaction: who did, when, and for which member. */
  recorded: z
    .object({ staffEmail: z.string(), createdAt: z.date(), memberId: z.number(), memberName: z.string().nullable() })
    .nullable(),
  /** When the back office last modified it (its audit log): Stamps keeps the status "New" after a modify. */
  modifiedAt: z.date().nullable().optional(),
});
export type TTransactionDetail = z.output<typeof ZTransactionDetail>;

export const ZStampsPreview = z.object({
  /** Stamps the transaction earns now (null for a new sale). */
  currentStamps: z.number().nullable(),
  /** Stamps it would earn, as Stamps previews it. */
  newStamps: z.number(),
  /** Its value after the change. */
  newValue: z.number(),
});
export type TStampsPreview = z.output<typeof ZStampsPreview>;

/** What Stamps answered to a change: the transaction and the member afterwards. */
export const ZTransactionChangeResult = z.object({
  transaction: z.object({
    id: z.number(),
    value: z.number(),
    stampsEarned: z.number().nullable(),
    status: z.string().nullable(),
  }),
  member: z
    .object({
      id: z.number().nullable(),
      stamps: z.number().nullable(),
      level: z.string().nullable(),
      balance: z.number().nullable(),
    })
    .nullable(),
});
export type TTransactionChangeResult = z.output<typeof ZTransactionChangeResult>;

/** Stamps cannot search by invoice number: the back office's own records, then (given a member) their history. */
export const ZFindTransactionsByInvoiceInput = z.object({
  invoiceNumber: z
    .string()
    .trim()
    .min(1, "Enter the invoice number printed on the receipt")
    .max(100, "An invoice number has at most 100 characters"),
  /** The member's email, phone, card number or member ID; empty means "not given". */
  member: z
    .string()
    .trim()
    .max(200, "That is too long for an email, phone or card number")
    .optional()
    .transform((value) => value || undefined),
});
export type TFindTransactionsByInvoiceInput = z.input<typeof ZFindTransactionsByInvoiceInput>;

export const ZInvoiceMatch = z.object({
  id: z.number(),
  invoiceNumber: z.string(),
  businessDate: z.string().nullable(),
  createdAt: z.date().nullable(),
  memberId: z.number().nullable(),
  memberName: z.string().nullable(),
  value: z.number().nullable(),
  status: z.enum(TRANSACTION_STATUSES).nullable(),
  /** Where it was found: the back office's records of what it added, or the member's history in Stamps. */
  source: z.enum(["back-office", "member-history"]),
});
export type TInvoiceMatch = z.output<typeof ZInvoiceMatch>;

export const ZInvoiceMatches = z.object({
  matches: z.array(ZInvoiceMatch),
  /** The member whose history was searched, when one was given. */
  member: z.object({ id: z.number(), name: z.string() }).nullable(),
  /** Transactions of the member's history that were looked through (newest first), and whether older ones remain. */
  searched: z.number(),
  olderLeft: z.boolean(),
});
export type TInvoiceMatches = z.output<typeof ZInvoiceMatches>;
