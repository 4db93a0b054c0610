"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useMemo } from "react";
import { useOptionalMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable } from "@/components/data-table/use-data-table";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/trpc/react";
import { auditColumns } from "./audit-columns";
import { AuditEventDetails } from "./audit-event-details";
import { AuditFilters } from "./audit-filters";
import { useAuditUrlState } from "./use-audit-url-state";

const PAGE_SIZE = 50;

/** Every change made through the back office, newest first; filters, page and open event are in the URL. */
export function AuditLog({ merchants }: { merchants: readonly { id: string; name: string }[] }) {
  const merchant = useOptionalMerchant();
  const timeZone = merchant?.timeZone ?? "Asia/Jakarta";
  const state = useAuditUrlState();

  const events = api.audit.find.useQuery(
    { ...state.filters, cursor: state.after, limit: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  );
  const { openEvent } = state;
  const columns = useMemo(
    () => auditColumns({ timeZone, onOpen: (event) => openEvent(event.id) }),
    [timeZone, openEvent],
  );
  const table = useDataTable({
    mode: "server",
    data: events.data?.events,
    columns,
    getRowId: (event) => event.id,
    enableSorting: false,
  });
  const nextCursor = events.isPlaceholderData ? undefined : events.data?.nextCursor;

  return (
    <>
      <DataTable
        table={table}
        label="Audit events"
        loading={events.isPending}
        busy={events.isFetching}
        error={events.error}
        onRetry={() => void events.refetch()}
        empty="No events match these filters."
        toolbar={<AuditFilters state={state} merchants={merchants} />}
      />
      <nav aria-label="Pages" className="mt-4 flex items-center justify-end gap-2">
        {state.after ? (
          <Button variant="outline" onClick={() => state.showAfter(undefined)}>
            Newest
          </Button>
        ) : null}
        <Button variant="outline" disabled={!nextCursor} onClick={() => state.showAfter(nextCursor ?? undefined)}>
          Older
        </Button>
      </nav>
      <AuditEventDetails
        eventId={state.eventId}
        timeZone={timeZone}
        currentMerchantId={merchant?.id ?? null}
        onClose={() => openEvent(undefined)}
      />
    </>
  );
}
