"use client";

import type { Table } from "@tanstack/react-table";
import { ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatNumber } from "@/lib/format";

/**
 * Page controls. With a known total ("Rows 51–100 of 1,234", first and last page); with cursor paging the
 * total is unknown, so it shows the rows on this page and moves one page at a time.
 */
export function DataTablePagination<TData>({ table }: { table: Table<TData> }) {
  const { pageIndex, pageSize } = table.getState().pagination;
  const pageCount = table.getPageCount();
  const onPage = table.getRowModel().rows.length;
  if (pageIndex === 0 && pageCount <= 1) return null;

  const totalKnown = !table.options.manualPagination || table.options.rowCount !== undefined;
  const first = pageIndex * pageSize + (onPage > 0 ? 1 : 0);
  const last = pageIndex * pageSize + onPage;
  const range = `Rows ${formatNumber(first)}–${formatNumber(last)}`;

  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {totalKnown ? `${range} of ${formatNumber(table.getRowCount())}` : range}
      </p>
      <div className="flex items-center gap-2">
        <span className="text-sm font-medium tabular-nums">
          Page {formatNumber(pageIndex + 1)}
          {totalKnown ? ` of ${formatNumber(pageCount)}` : ""}
        </span>
        <Button
          variant="outline"
          size="icon-sm"
          aria-label="First page"
          onClick={() => table.firstPage()}
          disabled={!table.getCanPreviousPage()}
        >
          <ChevronsLeft aria-hidden />
        </Button>
        <Button
          variant="outline"
          size="icon-sm"
          aria-label="Previous page"
          onClick={() => table.previousPage()}
          disabled={!table.getCanPreviousPage()}
        >
          <ChevronLeft aria-hidden />
        </Button>
        <Button
          variant="outline"
          size="icon-sm"
          aria-label="Next page"
          onClick={() => table.nextPage()}
          disabled={!table.getCanNextPage()}
        >
          <ChevronRight aria-hidden />
        </Button>
        {totalKnown ? (
          <Button
            variant="outline"
            size="icon-sm"
            aria-label="Last page"
            onClick={() => table.lastPage()}
            disabled={!table.getCanNextPage()}
          >
            <ChevronsRight aria-hidden />
          </Button>
        ) : null}
      </div>
    </nav>
  );
}
