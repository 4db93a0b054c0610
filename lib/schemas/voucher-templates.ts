import { z } from "@/lib/zod";

export const VOUCHER_VALUE_TYPES = ["FIXED", "DYNAMIC"] as const;
export const ZVoucherValueType = z.enum(VOUCHER_VALUE_TYPES);
export type TVoucherValueType = z.infer<typeof ZVoucherValueType>;

export const VALUE_TYPE_LABELS: Record<TVoucherValueType, string> = {
  FIXED: "Fixed value",
  DYNAMIC: "Value given when issuing",
};

export const ZVoucherTemplate = z.object({
  id: z.string(),
  stampsTemplateId: z.number(),
  name: z.string(),
  valueType: ZVoucherValueType,
  /** ADMIN: recorded by an admin; LEARNED: read from a voucher Stamps returned (value type not confirmed). */
  source: z.enum(["ADMIN", "LEARNED"]),
  updatedAt: z.date(),
});
export type TVoucherTemplate = z.infer<typeof ZVoucherTemplate>;

export const ZSaveVoucherTemplateFields = z.object({
  stampsTemplateId: z.coerce
    .number<string | number>("Enter the template's ID from the Stamps dashboard")
    .int("A whole number")
    .positive("Enter the template's ID from the Stamps dashboard"),
  name: z
    .string()
    .trim()
    .min(1, "Give the template a name staff will recognise")
    .max(100, "Keep it under 100 characters"),
  valueType: ZVoucherValueType,
});

export const ZSaveVoucherTemplateInput = ZSaveVoucherTemplateFields.extend({
  /** The catalogue entry being edited; absent to add one. */
  id: z.string().min(1).optional(),
});
export type TSaveVoucherTemplateInput = z.output<typeof ZSaveVoucherTemplateInput>;

export const ZRemoveVoucherTemplateInput = z.object({ id: z.string().min(1) });
