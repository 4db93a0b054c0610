"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useDeferredValue, useMemo } from "react";
import { useOptionalMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import {
  DataTableSelectFilter,
  DataTableTextFilter,
  DataTableToolbar,
} from "@/components/data-table/data-table-toolbar";
import { useCursorPages } from "@/components/data-table/use-cursor-pages";
import { filterValue, useDataTable, useDataTableState } from "@/components/data-table/use-data-table";
import { api } from "@/lib/trpc/react";
import { auditColumns } from "./audit-columns";

const OUTCOME_OPTIONS = [
  { value: "ok", label: "Succeeded" },
  { value: "error", label: "Failed" },
];

/** Every change made through the back office, newest first, filtered and paged on the server. */
export function AuditLog() {
  const merchant = useOptionalMerchant();
  const timeZone = merchant?.timeZone ?? "Asia/Jakarta";
  const state = useDataTableState({ pageSize: 50 });
  const pages = useCursorPages(state);
  const filters = useDeferredValue(state.columnFilters);

  const events = api.audit.find.useQuery(
    {
      staffEmail: filterValue(filters, "staffEmail"),
      action: filterValue(filters, "action"),
      target: filterValue(filters, "target"),
      outcome: filterValue<"ok" | "error">(filters, "outcome"),
      cursor: pages.cursor,
      limit: state.pagination.pageSize,
    },
    { placeholderData: keepPreviousData },
  );
  const columns = useMemo(() => auditColumns({ timeZone }), [timeZone]);
  const paging = pages.withNextCursor(events.isPlaceholderData ? undefined : events.data?.nextCursor);
  const table = useDataTable({
    mode: "server",
    data: events.data?.events,
    columns,
    getRowId: (event) => event.id,
    enableSorting: false,
    state: paging.state,
    pageCount: paging.pageCount,
  });

  return (
    <DataTable
      table={table}
      label="Audit events"
      loading={events.isPending}
      busy={events.isFetching}
      error={events.error}
      onRetry={() => void events.refetch()}
      empty="No events match these filters."
      pagination
      toolbar={
        <DataTableToolbar table={table}>
          <DataTableTextFilter table={table} column="staffEmail" label="Staff email" placeholder="Any" />
          <DataTableTextFilter table={table} column="action" label="Action" placeholder="e.g. staff." />
          <DataTableTextFilter table={table} column="target" label="Target" placeholder="Member, email, id" />
          <DataTableSelectFilter table={table} column="outcome" label="Outcome" options={OUTCOME_OPTIONS} />
        </DataTableToolbar>
      }
    />
  );
}
