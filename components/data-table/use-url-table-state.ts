"use client";

import type { ColumnFiltersState, PaginationState, SortingState, Updater } from "@tanstack/react-table";
import { useState } from "react";
import { useUrlState } from "@/lib/hooks/use-url-state";
import type { DataTableState } from "./use-data-table";

const apply = <T>(updater: Updater<T>, current: T) =>
  typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;

/**
 * A table's sort and text/choice filters kept in the address: `sort=value.desc` and one parameter per filtered
 * column (`<column>=<value>`), so a filtered, sorted list survives reload and can be shared. The page stays local.
 */
export function useUrlTableState({
  filterColumns,
  pageSize = 50,
}: {
  filterColumns: readonly string[];
  pageSize?: number;
}) {
  const { params, set } = useUrlState();
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  // Read from the address once; then the screen leads and the address follows, so typing never waits for it.
  const [sorting, setSorting] = useState<SortingState>(() => {
    const [id, direction] = (params.get("sort") ?? "").split(".");
    return id ? [{ id, desc: direction === "desc" }] : [];
  });
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>(() =>
    filterColumns.flatMap((column) => {
      const value = params.get(column);
      return value ? [{ id: column, value }] : [];
    }),
  );
  const firstPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }));

  const state: DataTableState = {
    sorting,
    columnFilters,
    pagination,
    onSortingChange: (updater) => {
      const sorted = apply(updater, sorting);
      setSorting(sorted);
      const [next] = sorted;
      set({ sort: next ? `${next.id}.${next.desc ? "desc" : "asc"}` : null });
      firstPage();
    },
    onColumnFiltersChange: (updater) => {
      const next = apply(updater, columnFilters);
      setColumnFilters(next);
      set(
        Object.fromEntries(
          filterColumns.map((column) => {
            const value = next.find((filter) => filter.id === column)?.value;
            return [column, typeof value === "string" ? value : null];
          }),
        ),
      );
      firstPage();
    },
    onPaginationChange: setPagination,
  };
  return state;
}
