"use client";

import { useEffect, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * Keeps what was typed in a long form in this tab's sessionStorage under `key`, so a reload or a trip to another
 * page brings it back, and asks the browser to confirm before a reload or close throws away a changed form.
 * Only what the person typed is stored (not resets), and `discard()` forgets it once the work is done.
 */
export function useFormDraft<T extends FieldValues, V>(form: UseFormReturn<T, unknown, V>, key: string) {
  // Rendered in the browser only (after the member has loaded), so sessionStorage is there to read.
  const [restored, setRestored] = useState(() => typeof window !== "undefined" && sessionStorage.getItem(key) !== null);

  useEffect(() => {
    const saved = sessionStorage.getItem(key);
    if (saved) {
      try {
        form.reset(JSON.parse(saved) as T, { keepDefaultValues: true });
      } catch {
        sessionStorage.removeItem(key);
      }
    }
    const subscription = form.watch((values, { name }) => {
      if (name) sessionStorage.setItem(key, JSON.stringify(values));
    });
    return () => subscription.unsubscribe();
  }, [form, key]);

  const dirty = form.formState.isDirty;
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return {
    /** The form was filled from a draft kept from before. */
    restored,
    discard: () => {
      sessionStorage.removeItem(key);
      setRestored(false);
    },
  };
}
