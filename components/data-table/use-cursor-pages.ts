import type { PaginationState, Updater } from "@tanstack/react-table";
import { useState } from "react";
import type { DataTableState } from "./use-data-table";

/**
 * Page by page through a list the server pages with cursors (each page names the next), where the total is
 * unknown. The cursor of page n+1 is learnt on page n, so the table moves one page forward at a time.
 */
export function useCursorPages(state: DataTableState) {
  // cursors[i] opens page i + 1; going forward rewrites it, so entries left from other filters never get used.
  const [cursors, setCursors] = useState<string[]>([]);
  const { pageIndex } = state.pagination;
  const cursor = pageIndex === 0 ? undefined : cursors[pageIndex - 1];

  /** The table's state and page count, given this page's next cursor (null on the last page, undefined while loading). */
  const withNextCursor = (nextCursor: string | null | undefined) => ({
    pageCount: nextCursor ? pageIndex + 2 : pageIndex + 1,
    state: {
      ...state,
      onPaginationChange: (updater: Updater<PaginationState>) => {
        const next = typeof updater === "function" ? updater(state.pagination) : updater;
        if (next.pageIndex > pageIndex) {
          if (next.pageIndex !== pageIndex + 1 || !nextCursor) return;
          setCursors((known) => [...known.slice(0, pageIndex), nextCursor]);
        }
        state.onPaginationChange(next);
      },
    } satisfies DataTableState,
  });

  return { cursor, withNextCursor };
}
