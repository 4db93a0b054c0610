import { useEffect } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import { parseError, type TParsedError } from "@/lib/errors";

type ErrorForm<T extends FieldValues> = Pick<UseFormReturn<T>, "setError" | "setFocus">;

const isParsed = (error: unknown): error is TParsedError =>
  typeof error === "object" && error !== null && "fieldErrors" in error && "message" in error;

/**
 * Puts a failed call's field errors (ours from zod, Stamps' from appError) on the fields the form has and
 * focuses the first, once whatever sits on top (a confirmation) has closed. Returns whether any landed and
 * the sentence for the rest: the field errors the form has no field for, or, when none landed, the message.
 */
function placeOnFields<T extends FieldValues>(form: ErrorForm<T>, fields: readonly Path<T>[], error: unknown) {
  const parsed = isParsed(error) ? error : parseError(error);
  const leftovers: string[] = [];
  const landed: Path<T>[] = [];
  for (const [name, message] of Object.entries(parsed.fieldErrors)) {
    const field = fields.find((candidate) => candidate === name);
    if (field) {
      form.setError(field, { type: "server", message });
      landed.push(field);
    } else {
      leftovers.push(message);
    }
  }
  const first = landed[0];
  if (first) setTimeout(() => form.setFocus(first), 0);
  const rest = leftovers.length > 0 ? leftovers.join(" ") : first ? null : parsed.message;
  return { landed: landed.length > 0, rest };
}

/**
 * The one way a form shows what the server refused. `fields` are the form's field names that server field
 * errors may name. Pass `shown` (a parsed error the screen keeps, e.g. a refusal shown above the form) to put
 * its field errors on the fields each time a new one arrives.
 */
export function useServerErrors<T extends FieldValues>(
  form: ErrorForm<T>,
  fields: readonly Path<T>[],
  shown: TParsedError | null = null,
) {
  useEffect(() => {
    if (shown) placeOnFields(form, fields, shown);
    // Only a new error places its field errors again; the form and the field list do not change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);

  return {
    /** Field errors on their fields, everything else in a toast. */
    report: (error: unknown) => {
      const { rest } = placeOnFields(form, fields, error);
      if (rest) toast.error(rest);
    },
    /**
     * For a confirmation on top of the form: when something belongs on a field, put it there (the rest in a
     * toast) and return true, so the caller closes the confirmation; otherwise change nothing and return
     * false, so the confirmation shows the error itself.
     */
    toFields: (error: unknown): boolean => {
      const parsed = parseError(error);
      if (!Object.keys(parsed.fieldErrors).some((name) => fields.includes(name as Path<T>))) return false;
      const { rest } = placeOnFields(form, fields, parsed);
      if (rest) toast.error(rest);
      return true;
    },
  };
}
