"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * Screen state kept in the address (tabs, filters, sort), so it survives a reload and can be shared as a link.
 * `set` replaces the history entry: a filter change is not a page to go back to. Empty values leave the address.
 */
export function useUrlState() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const set = useCallback(
    (updates: Record<string, string | null | undefined>) => {
      // The address as it is now, not as of the last render: two quick changes must both land.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(updates)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router],
  );
  return { params, set };
}
