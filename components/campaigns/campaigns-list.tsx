"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { EmptyRow, ErrorRow, LoadingRows } from "@/components/data-table/data-table-states";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import { CAMPAIGN_STATUSES, type TCampaignStatus } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { CampaignStatusBadge, ProgressStrip, rowsToIssue, STATUS_LABELS } from "./campaign-status";

type Sort = "createdAt" | "name" | "status" | "startDate";
const COLUMNS = 7;
const PAGE_SIZE = 20;

/** All campaigns of the merchant: filter by status or name, sort by a column, a page at a time. */
export function CampaignsList() {
  const merchant = useMerchant();
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<TCampaignStatus | "ALL">("ALL");
  const [sort, setSort] = useState<{ field: Sort; direction: "asc" | "desc" }>({
    field: "createdAt",
    direction: "desc",
  });
  const [page, setPage] = useState(0);
  const debounced = useDebouncedValue(search.trim(), 250);
  const campaigns = api.campaigns.find.useQuery(
    {
      merchantId: merchant.id,
      search: debounced || undefined,
      statuses: status === "ALL" ? undefined : [status],
      sort: sort.field,
      direction: sort.direction,
      page,
      pageSize: PAGE_SIZE,
    },
    { placeholderData: (previous) => previous, refetchInterval: 5000 },
  );
  const pages = Math.max(1, Math.ceil((campaigns.data?.total ?? 0) / PAGE_SIZE));

  const sortBy = (field: Sort) => {
    setPage(0);
    setSort((current) =>
      current.field === field
        ? { field, direction: current.direction === "asc" ? "desc" : "asc" }
        : { field, direction: field === "name" ? "asc" : "desc" },
    );
  };
  const header = (field: Sort, label: string) => {
    const Icon = sort.field !== field ? ArrowUpDown : sort.direction === "asc" ? ArrowUp : ArrowDown;
    return (
      <TableHead aria-sort={sort.field === field ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}>
        <Button variant="ghost" size="sm" className="-ml-3" onClick={() => sortBy(field)}>
          {label}
          <Icon className="size-3.5 opacity-60" aria-hidden />
        </Button>
      </TableHead>
    );
  };

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <Input
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(0);
          }}
          placeholder="Filter by name or template…"
          aria-label="Filter campaigns"
          className="max-w-72"
        />
        <Select
          value={status}
          onValueChange={(next) => {
            setStatus(next as TCampaignStatus | "ALL");
            setPage(0);
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
      <div className="rounded-lg border">
        <Table aria-label="Campaigns">
          <TableHeader>
            <TableRow>
              {header("name", "Campaign")}
              {header("status", "Status")}
              <TableHead className="w-56">Progress</TableHead>
              <TableHead>Created by</TableHead>
              {header("createdAt", "Created")}
              {header("startDate", "Vouchers valid from")}
              <TableHead>Finished</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {campaigns.isPending ? <LoadingRows columns={COLUMNS} /> : null}
            {campaigns.isError ? (
              <ErrorRow columns={COLUMNS} error={campaigns.error} onRetry={() => void campaigns.refetch()} />
            ) : null}
            {campaigns.data?.campaigns.length === 0 ? (
              <EmptyRow columns={COLUMNS}>
                {debounced || status !== "ALL"
                  ? "No campaign matches these filters."
                  : "No campaigns yet. Start one to issue vouchers to a list of members from a spreadsheet."}
              </EmptyRow>
            ) : null}
            {campaigns.data?.campaigns.map((campaign) => (
              <TableRow key={campaign.id}>
                <TableCell className="max-w-72">
                  <Link href={`/campaigns/${campaign.id}`} className="font-medium hover:underline">
                    {campaign.name}
                  </Link>
                  <p className="truncate text-xs text-muted-foreground">{campaign.templateName}</p>
                </TableCell>
                <TableCell>
                  <CampaignStatusBadge status={campaign.status} />
                </TableCell>
                <TableCell>
                  {campaign.counts.total === 0 ? (
                    <span className="text-sm text-muted-foreground">No file yet</span>
                  ) : (
                    <div className="grid gap-1">
                      <span className="text-xs text-muted-foreground tabular-nums">
                        {formatNumber(campaign.counts.issued)} of {formatNumber(rowsToIssue(campaign.counts))} issued
                        {campaign.counts.failed ? ` · ${formatNumber(campaign.counts.failed)} failed` : ""}
                      </span>
                      <ProgressStrip counts={campaign.counts} />
                    </div>
                  )}
                </TableCell>
                <TableCell>{campaign.createdBy?.name ?? "—"}</TableCell>
                <TableCell className="text-muted-foreground">
                  {formatDateTime(campaign.createdAt, merchant.timeZone)}
                </TableCell>
                <TableCell>{formatDate(campaign.startDate)}</TableCell>
                <TableCell className="text-muted-foreground">
                  {campaign.finishedAt ? formatDateTime(campaign.finishedAt, merchant.timeZone) : "—"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {pages > 1 ? (
        <div className="flex items-center justify-end gap-2 text-sm">
          <span className="text-muted-foreground">
            Page {page + 1} of {pages}
          </span>
          <Button variant="outline" size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </Button>
          <Button variant="outline" size="sm" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next
          </Button>
        </div>
      ) : null}
    </div>
  );
}
