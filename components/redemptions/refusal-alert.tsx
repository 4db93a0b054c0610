import { CircleAlert } from "lucide-react";
import { useEffect } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { Refusal } from "./redemption-errors";

/** Stamps' refusal above the form, in words; its field errors land on the fields that caused them. */
export function RefusalAlert({
  refusal,
  title = "Stamps refused this redemption",
}: {
  refusal: Refusal | null;
  title?: string;
}) {
  if (!refusal) return null;
  return (
    <div
      role="alert"
      data-testid="refusal"
      className="flex gap-3 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm"
    >
      <CircleAlert className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden />
      <div>
        <p className="font-medium text-destructive">{title}</p>
        <p>{refusal.message}</p>
      </div>
    </div>
  );
}

export function useRefusalOnFields<T extends FieldValues>(
  refusal: Refusal | null,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
) {
  useEffect(() => {
    if (!refusal) return;
    let first = true;
    for (const [name, message] of Object.entries(refusal.fieldErrors)) {
      const field = fields.find((candidate) => candidate === name);
      if (!field) continue;
      setError(field, { type: "server", message }, { shouldFocus: first });
      first = false;
    }
    // Only a new refusal (a new `at`) sets errors again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusal?.at]);
}
