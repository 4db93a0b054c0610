import { z } from "zod";
import type { FieldError } from "./errors";
import { validationFailed } from "./errors";

// DRF's field messages. "This field is required" has no full stop in the membership docs' example.
export const FIELD_REQUIRED = "This field is required";
export const FIELD_BLANK = "This field may not be blank.";
export const INVALID_INTEGER = "A valid integer is required.";

const requiredOr = (message: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? FIELD_REQUIRED : message;

/** A query parameter read like DRF's CharField: trimmed, required, not blank. */
export const queryString = () =>
  z
    .string({ error: requiredOr("Not a valid string.") })
    .trim()
    .min(1, { error: FIELD_BLANK });

/** A query parameter read like DRF's IntegerField ("14", " 14 " and "14.0" are 14). */
export const queryInteger = () =>
  z
    .string({ error: requiredOr(INVALID_INTEGER) })
    .trim()
    .regex(/^[+-]?\d+(\.0*)?$/, { error: INVALID_INTEGER })
    .transform((value) => Number.parseInt(value, 10))
    .refine(Number.isSafeInteger, { error: INVALID_INTEGER });

/** Parses or throws the documented 400: every invalid field listed, one object per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailed(toFieldErrors(result.error));
}

function toFieldErrors(error: z.ZodError): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "non_field_errors";
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  return Array.from(byField, ([field, message]) => ({ [field]: message }));
}

/** Query parameters as Django's QueryDict.get reads them: the last value of a repeated key wins. */
export function queryParams(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}
