import { z } from "zod";
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
    .union([z.literal(""), z.coerce.number<string | number>(message).positive(message)])
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
