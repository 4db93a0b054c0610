import { z } from "zod";
import { FIELD_NULL } from "../http/body-fields";
import { FIELD_REQUIRED } from "../http/validation";
import { INVALID_DATE_TIME, isIsoDateTime } from "../loyalty/business-date";

// Body fields of the transaction API that the shared ones (http/body-fields.ts) do not cover.

const fail = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

/** `created`: ISO 8601, offset optional ("2013-02-15T13:01:01+07"); the text, resolved later in the merchant's zone. */
export const bodyDateTime = () =>
  z
    .any()
    .meta({ type: "string", description: "ISO 8601, offset optional: 2013-02-15T13:01:01+07" })
    .transform((value: unknown, ctx): string => {
      if (value === undefined) return fail(ctx, FIELD_REQUIRED);
      if (value === null) return fail(ctx, FIELD_NULL);
      return typeof value === "string" && isIsoDateTime(value) ? value.trim() : fail(ctx, INVALID_DATE_TIME);
    });

/** An optional text that may be empty or null ("user": "" makes an open transaction). */
export const bodyOptionalText = () =>
  z
    .any()
    .meta({ type: ["string", "number", "null"] })
    .transform((value: unknown, ctx): string | undefined => {
      if (value === undefined || value === null) return undefined;
      if (typeof value !== "string" && typeof value !== "number") return fail(ctx, "Not a valid string.");
      const text = String(value).trim();
      return text === "" ? undefined : text;
    })
    .optional();

/** Type mapping: 1 Delivery, 2 Dine-in, 3 Take out, 4 E-Commerce, 5 Pickup. */
export const TRANSACTION_TYPES = [1, 2, 3, 4, 5] as const;

export const bodyTransactionType = () =>
  z
    .any()
    .meta({ type: ["integer", "string", "null"], enum: [...TRANSACTION_TYPES, ...TRANSACTION_TYPES.map(String), null] })
    .transform((value: unknown, ctx): number | undefined => {
      if (value === undefined || value === null) return undefined;
      const text =
        typeof value === "string" || typeof value === "number" ? String(value).trim() : JSON.stringify(value);
      const type = /^\d+$/.test(text) ? Number(text) : Number.NaN;
      return (TRANSACTION_TYPES as readonly number[]).includes(type)
        ? type
        : fail(ctx, `"${text}" is not a valid choice.`);
    })
    .optional();

/** A number that must not be positive (modify's deltas). */
export const ensureNotPositive = (value: number, ctx: z.RefinementCtx) => {
  if (value > 0) ctx.addIssue({ code: "custom", message: "Ensure this value is less than or equal to 0." });
};
