import { z } from "@/lib/zod";
import { ZReason, ZStampsDate } from "./common";

/** The server reads the member from Stamps by this id and names them to the voucher endpoints itself. */
const ZMemberId = z.number().int().positive();

export const ZFindMemberVouchersInput = z.object({
  memberId: ZMemberId,
  /** The id of the last voucher already shown; Stamps' last_voucher_id. */
  cursor: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const ZCountMemberVouchersInput = z.object({ memberId: ZMemberId });

export const ZGetVoucherInput = z.object({ memberId: ZMemberId, code: z.string().trim().min(1).max(100) });

const ZOptionalAmount = (message: string) =>
  z
    .union([z.coerce.number<string | number>(message).positive(message), z.literal("")])
    .optional()
    .transform((value) => (value === "" ? undefined : value));

export const ZIssueVoucherFields = z.object({
  templateId: z.coerce
    .number<string | number>("Enter the voucher template ID")
    .int("A whole number")
    .positive("Enter the voucher template ID"),
  startDate: ZStampsDate,
  quantity: z.coerce
    .number<string | number>("Enter how many")
    .int("A whole number")
    .min(1, "At least 1")
    .max(100, "At most 100 at a time"),
  value: ZOptionalAmount("Enter the value in rupiah, more than 0"),
  notes: z.string().trim().max(200, "Keep the notes under 200 characters").optional(),
});
export type TIssueVoucherFields = z.output<typeof ZIssueVoucherFields>;

export const ZIssueVoucherInput = ZIssueVoucherFields.extend({
  memberId: ZMemberId,
  reason: ZReason,
});
export type TIssueVoucherInput = z.output<typeof ZIssueVoucherInput>;

export const ZValidateVoucherInput = z.object({
  code: z.string().trim().min(1, "Enter the voucher code").max(100, "That is too long for a voucher code"),
  store: z.number("Choose the store").int().positive("Choose the store"),
  /** Optional: Stamps then also checks that this member owns the voucher. */
  user: z.string().trim().max(200).optional(),
  transactionValue: ZOptionalAmount("Enter the transaction value in rupiah"),
});
export type TValidateVoucherInput = z.output<typeof ZValidateVoucherInput>;

/** active: usable now; upcoming: not yet valid; expired: past its end date; inactive: used up or switched off. */
export const VOUCHER_STATUSES = ["active", "upcoming", "expired", "inactive"] as const;

/** A voucher as the browser receives it: the procedures' output contract. */
export const ZVoucherSummary = z.object({
  id: z.number(),
  /** Stamps' issue answer has no code; it is looked up in the member's vouchers and may be missing. */
  code: z.string().nullable(),
  /** The voucher's own name, else its template's. */
  name: z.string(),
  templateId: z.number().nullable(),
  templateType: z.string().nullable(),
  /** What it is worth now: a dynamic voucher's remaining value. */
  value: z.number().nullable(),
  quantity: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(VOUCHER_STATUSES),
  /** Channel names; empty means every channel. */
  channels: z.array(z.string()),
  shortDescription: z.string().nullable(),
  notes: z.string().nullable(),
  /** The campaign that issued it (from the operation key in its notes), for staff who may open campaigns. */
  campaign: z.object({ id: z.number(), name: z.string(), rowNumber: z.number() }).nullish(),
});
export type TVoucherSummary = z.infer<typeof ZVoucherSummary>;

export const ZVoucherDetails = ZVoucherSummary.extend({
  description: z.string().nullable(),
  instructions: z.string().nullable(),
  termsAndConditions: z.string().nullable(),
  pictureUrl: z.string().nullable(),
  merchantCode: z.string().nullable(),
});

export const ZVoucherPage = z.object({ vouchers: z.array(ZVoucherSummary), nextCursor: z.number().nullable() });

export const ZVoucherCount = z.object({ count: z.number() });

export const ZVoucherValidation = z.object({
  isRedeemable: z.boolean(),
  /** Stamps' reason when it cannot be redeemed. */
  reason: z.string().nullable(),
  voucher: ZVoucherSummary.pick({ id: true, name: true, value: true, startDate: true, endDate: true })
    .extend({ validity: z.string().nullable(), extraData: z.record(z.string(), z.unknown()).nullable() })
    .nullable(),
  owner: z
    .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
});
export type TVoucherValidation = z.infer<typeof ZVoucherValidation>;
