"use client";

import { flexRender, type Row, type Table as TanStackTable } from "@tanstack/react-table";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { DataTablePagination } from "./data-table-pagination";
import { EmptyRow, ErrorRow, LoadingRows } from "./data-table-states";

type DataTableProps<TData> = {
  table: TanStackTable<TData>;
  /** The accessible name of the table, e.g. "Staff". */
  label: string;
  /** First load: skeleton rows instead of the body. */
  loading?: boolean;
  /** A failed load with no rows to show: the sentence and a way to try again. */
  error?: unknown;
  onRetry?: () => void;
  /** Shown when there is nothing to list (after loading, without error). */
  empty: React.ReactNode;
  /** Filters above the table (a `DataTableToolbar`, or a screen's own). */
  toolbar?: React.ReactNode;
  /** Page controls below the table; leave off for lists the screen grows itself ("Load older"). */
  pagination?: boolean;
  /** Set while a new page or filter result is on its way, so assistive tech knows the rows may change. */
  busy?: boolean;
  rowProps?: (row: Row<TData>) => React.ComponentProps<"tr">;
  loadingRows?: number;
};

/** The one list table: column definitions per screen, with shared loading, error and empty states. */
export function DataTable<TData>({
  table,
  label,
  loading = false,
  error,
  onRetry,
  empty,
  toolbar,
  pagination = false,
  busy = false,
  rowProps,
  loadingRows,
}: DataTableProps<TData>) {
  const columns = table.getVisibleLeafColumns().length;
  const rows = table.getRowModel().rows;

  let body: React.ReactNode;
  if (loading) body = <LoadingRows columns={columns} rows={loadingRows} />;
  else if (error && rows.length === 0)
    body = <ErrorRow columns={columns} error={error} onRetry={onRetry ?? (() => undefined)} />;
  else if (rows.length === 0) body = <EmptyRow columns={columns}>{empty}</EmptyRow>;
  else
    body = rows.map((row) => {
      const props = rowProps?.(row);
      return (
        <TableRow key={row.id} data-state={row.getIsSelected() ? "selected" : undefined} {...props}>
          {row.getVisibleCells().map((cell) => (
            <TableCell
              key={cell.id}
              className={cn(cell.column.columnDef.meta?.className, cell.column.columnDef.meta?.cellClassName)}
            >
              {flexRender(cell.column.columnDef.cell, cell.getContext())}
            </TableCell>
          ))}
        </TableRow>
      );
    });

  return (
    <div className="grid gap-4">
      {toolbar}
      <div className="rounded-lg border">
        <Table aria-label={label} aria-busy={busy || loading || undefined}>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <TableHead
                      key={header.id}
                      colSpan={header.colSpan}
                      className={header.column.columnDef.meta?.className}
                      aria-sort={
                        sorted === "asc"
                          ? "ascending"
                          : sorted === "desc"
                            ? "descending"
                            : header.column.getCanSort()
                              ? "none"
                              : undefined
                      }
                    >
                      {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>{body}</TableBody>
        </Table>
      </div>
      {pagination && !loading ? <DataTablePagination table={table} /> : null}
    </div>
  );
}
