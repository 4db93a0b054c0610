"use client";

import { useMemo } from "react";
import { useUrlState } from "@/lib/hooks/use-url-state";
import { AUDIT_FILTER_KEYS, ZAuditFilters, type TAuditFilters } from "@/lib/schemas/audit";

/**
 * The audit log's address keys on top of useUrlState: one per filter, `after` (the page: "after this event") and
 * `event` (the open event). A changed filter goes back to the newest page; paging and opening an event add a history
 * entry, so Back undoes them.
 */
export function useAuditUrlState() {
  const { params, set } = useUrlState();

  /** The raw text of each filter, for the inputs (so typing a half-finished value does not lose it). */
  const raw = useMemo(
    () =>
      Object.fromEntries(
        AUDIT_FILTER_KEYS.flatMap((key) => {
          const value = params.get(key);
          return value ? [[key, value]] : [];
        }),
      ) as Partial<Record<keyof TAuditFilters, string>>,
    [params],
  );
  /** The filters the address holds; a value that does not parse is left out (and shown as not set). */
  const filters = useMemo(() => {
    const valid: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      const parsed = ZAuditFilters.shape[key as keyof TAuditFilters].safeParse(value);
      if (parsed.success && parsed.data !== undefined) valid[key] = parsed.data;
    }
    return valid;
  }, [raw]);

  return {
    filters,
    raw,
    after: params.get("after") ?? undefined,
    eventId: params.get("event") ?? undefined,
    setFilter: (key: keyof TAuditFilters, value: string | undefined) => set({ [key]: value, after: null }),
    clearFilters: () => set(Object.fromEntries([...AUDIT_FILTER_KEYS, "after"].map((key) => [key, null]))),
    showAfter: (cursor: string | undefined) => set({ after: cursor }, { history: "push" }),
    openEvent: (id: string | undefined) => set({ event: id }, { history: id ? "push" : "replace" }),
    /** The search string of the current filters alone, for the CSV export. */
    filterQuery: new URLSearchParams(raw).toString(),
  };
}
