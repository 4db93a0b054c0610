import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import { getFieldErrors } from "@/lib/errors";

/**
 * Puts the server's field errors (ours or Stamps') on the form's fields and focuses the first, once the
 * confirmation on top has closed. Returns whether any landed on a field (other field errors then become a
 * toast); when none did, the caller shows the error itself.
 */
export function applyServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, "setError" | "setFocus">,
  error: unknown,
  fields: readonly Path<T>[],
): boolean {
  const leftovers: string[] = [];
  const landed = Object.entries(getFieldErrors(error)).flatMap(([name, message]) => {
    const field = fields.find((candidate) => candidate === name);
    if (!field) {
      leftovers.push(message);
      return [];
    }
    form.setError(field, { type: "server", message });
    return [field];
  });
  const first = landed[0];
  if (first) setTimeout(() => form.setFocus(first), 0);
  if (first && leftovers.length > 0) toast.error(leftovers.join(" "));
  return landed.length > 0;
}
