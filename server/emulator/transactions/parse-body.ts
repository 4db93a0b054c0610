import type { z } from "zod";
import { validationFailed } from "../http/errors";
import { FIELD_REQUIRED } from "../http/validation";

// The transaction document shows field errors keyed by the field's own name, nested ones included
// (an item's missing subtotal is {"subtotal": "This field is required."}), and with DRF's full
// stop after "required".

export type FieldProblem = { field: string; message: string; code: "required" | "invalid" };

const REQUIRED_WITH_STOP = "This field is required.";

export function safeParseBody<T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; data: z.output<T> } | { ok: false; problems: FieldProblem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };

  const byField = new Map<string, FieldProblem>();
  for (const issue of result.error.issues) {
    const field = [...issue.path].reverse().find((key) => typeof key === "string") ?? "non_field_errors";
    if (byField.has(field)) continue;
    const required = issue.message === FIELD_REQUIRED;
    byField.set(field, {
      field,
      message: required ? REQUIRED_WITH_STOP : issue.message,
      code: required ? "required" : "invalid",
    });
  }
  return { ok: false, problems: [...byField.values()] };
}

/** Parses or throws the documented 400 list: `{"detail": …, "errors": [{"subtotal": "…"}]}`. */
export function parseTransactionBody<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = safeParseBody(schema, input);
  if (parsed.ok) return parsed.data;
  throw validationFailed(parsed.problems.map(({ field, message }) => ({ [field]: message })));
}
