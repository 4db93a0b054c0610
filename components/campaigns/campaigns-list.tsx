"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { LabeledInput } from "@/components/console/labeled-input";
import { useMerchant } from "@/components/console/merchant-context";
import { DataTable } from "@/components/data-table/data-table";
import { FilterSelect } from "@/components/data-table/data-table-toolbar";
import { useDataTable, useDataTableState } from "@/components/data-table/use-data-table";
import { formatNumber } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import { CAMPAIGN_SORTS, CAMPAIGN_STATUSES, type TCampaignStatus } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { campaignListColumns } from "./campaign-list-columns";
import { STATUS_LABELS } from "./campaign-status";

type Sort = (typeof CAMPAIGN_SORTS)[number];
const isSort = (id: string | undefined): id is Sort => CAMPAIGN_SORTS.includes(id as Sort);
const STATUS_OPTIONS = CAMPAIGN_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));

/** All campaigns of the merchant: filter by status or name, sort by a column, a page at a time (on the server). */
export function CampaignsList() {
  const merchant = useMerchant();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<TCampaignStatus>();
  const debounced = useDebouncedValue(search.trim(), 250);
  const state = useDataTableState({ sorting: [{ id: "createdAt", desc: true }], pageSize: 20 });
  const firstPage = () => state.onPaginationChange((current) => ({ ...current, pageIndex: 0 }));
  // Unsorted (a third click on a header) falls back to newest first.
  const sort = state.sorting[0];
  const campaigns = api.campaigns.find.useQuery(
    {
      merchantId: merchant.id,
      search: debounced || undefined,
      statuses: status ? [status] : undefined,
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
        debounced || status
          ? "No campaign matches these filters."
          : "No campaigns yet. Start one to issue vouchers to a list of members from a spreadsheet."
      }
      pagination
      toolbar={
        <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Filters">
          <LabeledInput
            id="campaigns-search"
            label="Name or template"
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              firstPage();
            }}
            className="w-72"
          />
          <FilterSelect
            label="Status"
            value={status}
            onValueChange={(next) => {
              setStatus(next as TCampaignStatus | undefined);
              firstPage();
            }}
            allLabel="All statuses"
            options={STATUS_OPTIONS}
            className="w-52"
          />
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
