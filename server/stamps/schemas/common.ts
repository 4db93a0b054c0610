import { z } from "zod";

/** Stamps sends amounts as 50000, 50000.0 and sometimes "10000.0"; only a plain decimal string is read as a number. */
export const ZNumber = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, "Expected a number")
    .transform(Number),
]);

/** Primary keys; the promo-code answer writes one as "123". */
export const ZId = z.union([z.number().int(), z.string().regex(/^\d+$/, "Expected an integer ID").transform(Number)]);

/** Codes are strings, but the documents also show reward codes as plain numbers. */
export const ZCode = z.union([z.string(), z.number().transform(String)]);

/** A missing field and an explicit null both become null, so callers test one thing. */
export function orNull<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? null);
}

/** Text that may be missing, null or empty; all three become null. */
export const ZOptionalText = z
  .string()
  .nullish()
  .transform((value) => value || null);

export const ZOptionalNumber = orNull(ZNumber);
export const ZOptionalId = orNull(ZId);
export const ZOptionalCode = orNull(ZCode);
export const ZOptionalBoolean = orNull(z.boolean());

/** "JSON object containing any additional data": kept as Stamps sent it. */
export const ZExtraData = orNull(z.record(z.string(), z.unknown()));

/** The documents write gender as 1/2, "1"/"2" and "male"/"Female"; we keep one form. */
export const ZGender = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value): "male" | "female" | null => {
    const normalized = String(value ?? "").toLowerCase();
    if (normalized === "1" || normalized === "male") return "male";
    if (normalized === "2" || normalized === "female") return "female";
    return null;
  });

/** Request side: Stamps expects dates as YYYY-MM-DD. */
export const ZStampsDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD");

/** Request side: an ISO 8601 date-time, as in 2013-02-15T13:01:01+07 (Stamps accepts the short offset). */
export const ZStampsDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/, "Use an ISO 8601 date and time");

/** Request side: the gender Stamps expects on the way in. */
export const ZStampsGenderInput = z.enum(["male", "female"]);

/** Request side: Stamps' IDs and counts. */
export const ZPositiveInt = z.number().int().positive();

/** Request side: a channel code (1 Mobile App, 2 POS, … 9 GoFood; see STAMPS_CHANNELS). */
export const ZChannel = ZPositiveInt;

/** Request side: free-form data Stamps keeps with the record. */
export const ZExtraDataInput = z.record(z.string(), z.unknown());
