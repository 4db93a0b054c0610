"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable, useDataTableState } from "@/components/data-table/use-data-table";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { formatNumber } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import { CAMPAIGN_SORTS, CAMPAIGN_STATUSES, type TCampaignStatus } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { campaignListColumns } from "./campaign-list-columns";
import { STATUS_LABELS } from "./campaign-status";

type Sort = (typeof CAMPAIGN_SORTS)[number];
const isSort = (id: string | undefined): id is Sort => CAMPAIGN_SORTS.includes(id as Sort);

/** All campaigns of the merchant: filter by status or name, sort by a column, a page at a time (on the server). */
export function CampaignsList() {
  const merchant = useMerchant();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<TCampaignStatus | "ALL">("ALL");
  const debounced = useDebouncedValue(search.trim(), 250);
  const state = useDataTableState({ sorting: [{ id: "createdAt", desc: true }], pageSize: 20 });
  const firstPage = () => state.onPaginationChange((current) => ({ ...current, pageIndex: 0 }));
  // Unsorted (a third click on a header) falls back to newest first.
  const sort = state.sorting[0];
  const campaigns = api.campaigns.find.useQuery(
    {
      merchantId: merchant.id,
      search: debounced || undefined,
      statuses: status === "ALL" ? undefined : [status],
      sort: isSort(sort?.id) ? sort.id : "createdAt",
      direction: sort ? (sort.desc ? "desc" : "asc") : "desc",
      page: state.pagination.pageIndex,
      pageSize: state.pagination.pageSize,
    },
    { placeholderData: keepPreviousData, refetchInterval: 5000 },
  );
  const columns = useMemo(() => campaignListColumns({ timeZone: merchant.timeZone }), [merchant.timeZone]);
  const table = useDataTable({
    mode: "server",
    data: campaigns.data?.campaigns,
    columns,
    getRowId: (campaign) => String(campaign.id),
    state,
    rowCount: campaigns.data?.total,
  });

  return (
    <DataTable
      table={table}
      label="Campaigns"
      loading={campaigns.isPending}
      busy={campaigns.isFetching}
      error={campaigns.error}
      onRetry={() => void campaigns.refetch()}
      empty={
        debounced || status !== "ALL"
          ? "No campaign matches these filters."
          : "No campaigns yet. Start one to issue vouchers to a list of members from a spreadsheet."
      }
      pagination
      toolbar={
        <div className="flex flex-wrap items-center gap-3">
          <Input
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              firstPage();
            }}
            placeholder="Filter by name or template…"
            aria-label="Filter campaigns"
            className="max-w-72"
          />
          <Select
            value={status}
            onValueChange={(next) => {
              setStatus(next as TCampaignStatus | "ALL");
              firstPage();
            }}
          >
            <SelectTrigger className="w-52" aria-label="Status">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="ALL">All statuses</SelectItem>
              {CAMPAIGN_STATUSES.map((value) => (
                <SelectItem key={value} value={value}>
                  {STATUS_LABELS[value]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          {campaigns.data ? (
            <p className="ml-auto text-sm text-muted-foreground">
              {formatNumber(campaigns.data.total)} campaign{campaigns.data.total === 1 ? "" : "s"}
            </p>
          ) : null}
        </div>
      }
    />
  );
}
