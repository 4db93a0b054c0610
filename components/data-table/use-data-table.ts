import {
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type OnChangeFn,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useState } from "react";

declare module "@tanstack/react-table" {
  // Both type parameters must match the library's declaration for the merge to apply.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's header and cells, e.g. "text-right" for amounts. */
    className?: string;
    /** Classes for its cells only, e.g. "max-w-48 truncate". */
    cellClassName?: string;
  }
}

/** What a table shows: sort order, filter values and the page. Filtering or sorting goes back to page one. */
export type DataTableState = {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  pagination: PaginationState;
  onSortingChange: OnChangeFn<SortingState>;
  onColumnFiltersChange: OnChangeFn<ColumnFiltersState>;
  onPaginationChange: OnChangeFn<PaginationState>;
};

export function useDataTableState({
  sorting: initialSorting = [],
  columnFilters: initialFilters = [],
  pageSize = 50,
}: { sorting?: SortingState; columnFilters?: ColumnFiltersState; pageSize?: number } = {}): DataTableState {
  const [sorting, setSorting] = useState(initialSorting);
  const [columnFilters, setColumnFilters] = useState(initialFilters);
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  const firstPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }));

  return {
    sorting,
    columnFilters,
    pagination,
    onSortingChange: (updater: Updater<SortingState>) => {
      setSorting(updater);
      firstPage();
    },
    onColumnFiltersChange: (updater: Updater<ColumnFiltersState>) => {
      setColumnFilters(updater);
      firstPage();
    },
    onPaginationChange: setPagination,
  };
}

/** The value of one column filter in a table state, e.g. to build a server query from it. */
export function filterValue<T = string>(filters: ColumnFiltersState, id: string): T | undefined {
  return filters.find((filter) => filter.id === id)?.value as T | undefined;
}

type DataTableOptions<TData> = {
  data: TData[] | undefined;
  // Columns hold cells of any value type; TanStack's own examples type them this way.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<TData, any>[];
  getRowId?: (row: TData) => string;
  /** Off for lists whose order is fixed (e.g. newest first on the server). */
  enableSorting?: boolean;
} & (
  | {
      /** The rows are all here: sort, filter and (with a pageSize) page them in the browser. */
      mode?: "client";
      initialSorting?: SortingState;
      pageSize?: number;
      /** Sort and filters kept elsewhere, e.g. in the address (useUrlTableState). */
      state?: DataTableState;
    }
  | {
      /**
       * The server sorts, filters and pages: `data` is the current page, built from `state`. Give the
       * total `rowCount` when it is known, otherwise the `pageCount` known so far (cursor paging).
       */
      mode: "server";
      /** Leave out when the screen keeps its own filters and grows the list itself. */
      state?: DataTableState;
      rowCount?: number;
      pageCount?: number;
    }
);

const NO_ROWS: never[] = [];

/** One table instance for `<DataTable>`, for lists the browser holds whole and for lists the server pages. */
export function useDataTable<TData>(options: DataTableOptions<TData>) {
  const server = options.mode === "server" ? options : null;
  const local = useDataTableState({
    sorting: options.mode === "server" ? undefined : options.initialSorting,
    pageSize: options.mode === "server" ? undefined : options.pageSize,
  });
  const state = options.state ?? local;
  const paged = server !== null || (options.mode !== "server" && options.pageSize !== undefined);

  // The table object is mutable by design; the app does not run React Compiler, so nothing memoizes it wrongly.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useReactTable<TData>({
    data: options.data ?? NO_ROWS,
    columns: options.columns,
    getRowId: options.getRowId,
    enableSorting: options.enableSorting,
    state: {
      sorting: state.sorting,
      columnFilters: state.columnFilters,
      ...(paged && { pagination: state.pagination }),
    },
    onSortingChange: state.onSortingChange,
    onColumnFiltersChange: state.onColumnFiltersChange,
    onPaginationChange: state.onPaginationChange,
    // Filtering and sorting already go back to page one; a refetch after an edit keeps the page.
    autoResetPageIndex: false,
    getCoreRowModel: getCoreRowModel(),
    ...(server
      ? {
          manualSorting: true,
          manualFiltering: true,
          manualPagination: true,
          rowCount: server.rowCount,
          pageCount: server.pageCount,
        }
      : {
          getSortedRowModel: getSortedRowModel(),
          getFilteredRowModel: getFilteredRowModel(),
          ...(paged && { getPaginationRowModel: getPaginationRowModel() }),
        }),
  });
}
