import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";
import { getErrorMessage, getFieldErrors } from "@/lib/errors";

/** Field errors the form shows go next to their field (the first one takes focus); the rest become one toast. */
export function reportSaveError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  fields: readonly Path<T>[],
) {
  const leftovers: string[] = [];
  let shown = 0;
  for (const [name, message] of Object.entries(getFieldErrors(error))) {
    const field = fields.find((candidate) => candidate === name);
    if (field) {
      setError(field, { type: "server", message }, { shouldFocus: shown === 0 });
      shown += 1;
    } else {
      leftovers.push(message);
    }
  }
  if (leftovers.length > 0) toast.error(leftovers.join(" "));
  else if (shown === 0) toast.error(getErrorMessage(error));
}

/**
 * Runs one save at a time and reports `busy` while it runs. A second call is dropped: a double click
 * or a second Enter can land before the re-render that disables the form. The form is enabled again
 * before `onError` runs, so the field it marks can take focus.
 */
export function useSave<V>(save: (values: V) => Promise<void>, onError: (error: unknown) => void) {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);

  const run = async (values: V) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    let failure: { error: unknown } | null = null;
    try {
      await save(values);
    } catch (error) {
      failure = { error };
    } finally {
      running.current = false;
      flushSync(() => setBusy(false));
    }
    if (failure) onError(failure.error);
  };

  return { busy, run };
}
