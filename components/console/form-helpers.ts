import { useRef, useState } from "react";
import { flushSync } from "react-dom";

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
