"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable, useDataTableState } from "@/components/data-table/use-data-table";
import { Input } from "@/components/ui/input";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import type { TRowOutcome } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { campaignRowColumns } from "./campaign-row-columns";

const OUTCOME_LABELS: Record<TRowOutcome, string> = {
  all: "All rows",
  problems: "Skipped",
  toIssue: "To issue",
  issued: "Issued",
  failed: "Failed",
  unknown: "Being checked",
  notIssued: "Not issued",
};

/** A campaign's rows (up to 100,000) from the server, a page at a time, filtered by outcome or member. */
export function CampaignRowsTable({
  campaignId,
  outcomes,
  initialOutcome,
  campaignStopped = false,
  live = false,
}: {
  campaignId: number;
  outcomes: readonly TRowOutcome[];
  initialOutcome: TRowOutcome;
  campaignStopped?: boolean;
  live?: boolean;
}) {
  const merchant = useMerchant();
  const [outcome, setOutcome] = useState(initialOutcome);
  const [search, setSearch] = useState("");
  const debounced = useDebouncedValue(search.trim(), 250);
  const state = useDataTableState({ pageSize: 25 });
  const firstPage = () => state.onPaginationChange((current) => ({ ...current, pageIndex: 0 }));
  const rows = api.campaigns.findRows.useQuery(
    {
      merchantId: merchant.id,
      campaignId,
      outcome,
      search: debounced || undefined,
      page: state.pagination.pageIndex,
      pageSize: state.pagination.pageSize,
    },
    { placeholderData: keepPreviousData, refetchInterval: live ? 3000 : false },
  );
  const columns = useMemo(() => campaignRowColumns({ campaignStopped }), [campaignStopped]);
  const table = useDataTable({
    mode: "server",
    data: rows.data?.rows,
    columns,
    getRowId: (row) => String(row.rowNumber),
    enableSorting: false,
    state,
    rowCount: rows.data?.total,
  });

  return (
    <DataTable
      table={table}
      label="Campaign rows"
      loading={rows.isPending}
      loadingRows={5}
      busy={rows.isFetching}
      error={rows.error}
      onRetry={() => void rows.refetch()}
      empty={debounced ? "No row matches this member." : "No rows here."}
      pagination
      toolbar={
        <div className="flex flex-wrap items-center gap-2">
          <div role="group" aria-label="Show rows" className="flex flex-wrap gap-1 rounded-lg bg-muted p-1">
            {outcomes.map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={outcome === value}
                onClick={() => {
                  setOutcome(value);
                  firstPage();
                }}
                className={cn(
                  "rounded-md px-3 py-1 text-sm text-muted-foreground transition-colors",
                  outcome === value && "bg-background font-medium text-foreground shadow-xs",
                )}
              >
                {OUTCOME_LABELS[value]}
              </button>
            ))}
          </div>
          <Input
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              firstPage();
            }}
            placeholder="Find a member…"
            aria-label="Find a member in the rows"
            className="ml-auto max-w-60"
          />
        </div>
      }
    />
  );
}
