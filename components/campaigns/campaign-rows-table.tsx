"use client";

import { useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { EmptyRow, ErrorRow, LoadingRows } from "@/components/data-table/data-table-states";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatNumber, formatRupiah } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import type { TCampaignRowView, TRowOutcome, TRowState } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

const STATE_LABELS: Record<
  TRowState,
  { label: string; variant: "success" | "destructive" | "warning" | "secondary" | "outline" }
> = {
  SKIPPED: { label: "Skipped", variant: "secondary" },
  PENDING: { label: "To issue", variant: "outline" },
  IN_FLIGHT: { label: "Issuing", variant: "outline" },
  ISSUED: { label: "Issued", variant: "success" },
  FAILED: { label: "Failed", variant: "destructive" },
  UNKNOWN: { label: "Checking", variant: "warning" },
};

const OUTCOME_LABELS: Record<TRowOutcome, string> = {
  all: "All rows",
  problems: "Skipped",
  toIssue: "To issue",
  issued: "Issued",
  failed: "Failed",
  unknown: "Being checked",
  notIssued: "Not issued",
};

/** What happened to a row, in plain words. */
function outcomeText(row: TCampaignRowView, campaignStopped: boolean) {
  if (row.state === "ISSUED") return row.voucherId ? `Voucher ${row.voucherId}` : "Issued";
  if (row.state === "SKIPPED") return row.problem ?? "Left out";
  if (row.state === "FAILED") return row.error ?? "Stamps refused this voucher";
  if (row.state === "UNKNOWN") return "Stamps did not answer; checked before any retry";
  if (row.state === "PENDING" && campaignStopped) return "Not issued: campaign cancelled";
  return row.memberFound === false ? "Member not found in Stamps" : "Waiting";
}

function RowDetails({ row }: { row: TCampaignRowView }) {
  const codes = [
    row.errorCode ? `Stamps code ${row.errorCode}` : null,
    row.attempts ? `${row.attempts} attempt(s)` : null,
  ].filter(Boolean);
  return (
    <details className="text-xs text-muted-foreground">
      <summary className="cursor-pointer select-none">Details</summary>
      <p>
        Line {row.line} of the file: {row.cells.map((cell) => cell || "∅").join(" · ")}
      </p>
      {codes.length ? <p>{codes.join(" · ")}</p> : null}
    </details>
  );
}

/** A campaign's rows from the server, a page at a time, filtered by outcome or member. */
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
  const [page, setPage] = useState(0);
  const debounced = useDebouncedValue(search.trim(), 250);
  const pageSize = 25;
  const rows = api.campaigns.findRows.useQuery(
    { merchantId: merchant.id, campaignId, outcome, search: debounced || undefined, page, pageSize },
    { placeholderData: (previous) => previous, refetchInterval: live ? 3000 : false },
  );
  const pages = Math.max(1, Math.ceil((rows.data?.total ?? 0) / pageSize));

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <div role="group" aria-label="Show rows" className="flex flex-wrap gap-1 rounded-lg bg-muted p-1">
          {outcomes.map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={outcome === value}
              onClick={() => {
                setOutcome(value);
                setPage(0);
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
            setPage(0);
          }}
          placeholder="Find a member…"
          aria-label="Find a member in the rows"
          className="ml-auto max-w-60"
        />
      </div>
      <div className="rounded-lg border">
        <Table aria-label="Campaign rows">
          <TableHeader>
            <TableRow>
              <TableHead className="w-16">Row</TableHead>
              <TableHead>Member</TableHead>
              <TableHead className="text-right">Uses</TableHead>
              <TableHead className="text-right">Value</TableHead>
              <TableHead>Outcome</TableHead>
              <TableHead className="w-1/3">What happened</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.isPending ? <LoadingRows columns={6} rows={5} /> : null}
            {rows.isError ? <ErrorRow columns={6} error={rows.error} onRetry={() => void rows.refetch()} /> : null}
            {rows.data?.rows.length === 0 ? (
              <EmptyRow columns={6}>{debounced ? "No row matches this member." : "No rows here."}</EmptyRow>
            ) : null}
            {rows.data?.rows.map((row) => (
              <TableRow key={row.rowNumber} className="align-top">
                <TableCell className="text-muted-foreground tabular-nums">{row.rowNumber}</TableCell>
                <TableCell className="max-w-56 truncate font-medium">{row.identifier ?? row.cells[0] ?? "—"}</TableCell>
                <TableCell className="text-right tabular-nums">{row.quantity ?? "—"}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {row.value === null ? "—" : formatRupiah(row.value)}
                </TableCell>
                <TableCell>
                  <Badge variant={STATE_LABELS[row.state].variant}>{STATE_LABELS[row.state].label}</Badge>
                </TableCell>
                <TableCell className="whitespace-normal">
                  <p className={cn("text-sm", row.state === "ISSUED" && "font-mono")}>
                    {outcomeText(row, campaignStopped)}
                  </p>
                  <RowDetails row={row} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className="flex items-center justify-end gap-2 text-sm">
        <span className="text-muted-foreground">
          {rows.data ? `${formatNumber(rows.data.total)} row${rows.data.total === 1 ? "" : "s"} · ` : ""}page {page + 1}{" "}
          of {formatNumber(pages)}
        </span>
        <Button variant="outline" size="sm" disabled={page === 0} onClick={() => setPage(page - 1)}>
          Previous
        </Button>
        <Button variant="outline" size="sm" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
          Next
        </Button>
      </div>
    </div>
  );
}
