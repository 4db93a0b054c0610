"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";

export type TUrlStateUpdates = Record<string, string | null | undefined>;

/**
 * Screen state kept in the address (tabs, filters, sort, page, open item), so it survives a reload and can be shared
 * as a link. Empty values leave the address. `set` replaces the history entry by default (a filter change is not a
 * page to go back to); `{ history: "push" }` adds one, for a step Back should undo (an older page, an opened item).
 */
export function useUrlState() {
  const pathname = usePathname();
  const params = useSearchParams();
  const set = useCallback(
    (updates: TUrlStateUpdates, { history = "replace" }: { history?: "push" | "replace" } = {}) => {
      // The address as it is now, not as of the last render: two quick changes must both land.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(updates)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const query = next.toString();
      const url = query ? `${pathname}?${query}` : pathname;
      // Next keeps useSearchParams in step with the History API, without a round trip to the server.
      if (history === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname],
  );
  return { params, set };
}
