"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { AUDIT_FILTER_KEYS, ZAuditFilters, type TAuditFilters } from "@/lib/schemas/audit";

type TAuditUrlState = {
  /** The filters the URL holds; a value that does not parse is left out (and shown as not set). */
  filters: TAuditFilters;
  /** The raw text of each filter, for the inputs (so typing a half-finished value does not lose it). */
  raw: Partial<Record<keyof TAuditFilters, string>>;
  /** The cursor of the page shown ("after this event"); absent on the newest page. */
  after: string | undefined;
  /** The event whose details are open. */
  eventId: string | undefined;
  setFilter: (key: keyof TAuditFilters, value: string | undefined) => void;
  clearFilters: () => void;
  /** Older events: a new history entry, so Back returns to the newer page. */
  showAfter: (cursor: string | undefined) => void;
  openEvent: (id: string | undefined) => void;
  /** The search string of the current filters alone, for the CSV export. */
  filterQuery: string;
};

/**
 * The audit log's state lives in the URL (filters, page, open event), so a reload or a shared link shows the same
 * list (useSearchParams: nuqs is not installed). A changed filter replaces the history entry and goes back to the
 * newest page; paging and opening an event push one, so Back undoes them.
 */
export function useAuditUrlState(): TAuditUrlState {
  const params = useSearchParams();
  const pathname = usePathname();

  const raw = useMemo(
    () =>
      Object.fromEntries(
        AUDIT_FILTER_KEYS.flatMap((key) => {
          const value = params.get(key);
          return value ? [[key, value]] : [];
        }),
      ) as TAuditUrlState["raw"],
    [params],
  );
  const filters = useMemo(() => {
    const valid: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      const parsed = ZAuditFilters.shape[key as keyof TAuditFilters].safeParse(value);
      if (parsed.success && parsed.data !== undefined) valid[key] = parsed.data;
    }
    return valid;
  }, [raw]);

  const go = useCallback(
    (change: (next: URLSearchParams) => void, mode: "push" | "replace") => {
      const next = new URLSearchParams(params.toString());
      change(next);
      const query = next.toString();
      const url = query ? `${pathname}?${query}` : pathname;
      // Next keeps useSearchParams in step with the History API, without a round trip to the server.
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [params, pathname],
  );

  const filterQuery = useMemo(() => new URLSearchParams(raw as Record<string, string>).toString(), [raw]);

  return {
    filters,
    raw,
    after: params.get("after") ?? undefined,
    eventId: params.get("event") ?? undefined,
    setFilter: (key, value) =>
      go((next) => {
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete("after");
      }, "replace"),
    clearFilters: () =>
      go((next) => {
        for (const key of [...AUDIT_FILTER_KEYS, "after"]) next.delete(key);
      }, "replace"),
    showAfter: (cursor) =>
      go((next) => {
        if (cursor) next.set("after", cursor);
        else next.delete("after");
      }, "push"),
    openEvent: (id) =>
      go(
        (next) => {
          if (id) next.set("event", id);
          else next.delete("event");
        },
        id ? "push" : "replace",
      ),
    filterQuery,
  };
}
