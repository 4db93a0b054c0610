"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { formatRupiah } from "@/lib/format";
import type { TCampaignRowView, TRowState } from "@/lib/schemas/campaign-views";

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

/** What happened to a row, in plain words. */
function outcomeText(row: TCampaignRowView, campaignStopped: boolean) {
  if (row.state === "ISSUED")
    return row.voucherId ? (
      <>
        Voucher <span className="font-mono">{row.voucherId}</span>
      </>
    ) : (
      "Issued"
    );
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

/** The columns of a campaign's rows; the server filters and pages them, so none sorts. */
export function campaignRowColumns({ campaignStopped }: { campaignStopped: boolean }): ColumnDef<TCampaignRowView>[] {
  return [
    {
      accessorKey: "rowNumber",
      header: "Row",
      meta: { className: "w-16", cellClassName: "align-top text-muted-foreground tabular-nums" },
    },
    {
      id: "member",
      header: "Member",
      meta: { cellClassName: "max-w-56 truncate align-top font-medium" },
      cell: ({ row }) => row.original.identifier ?? row.original.cells[0] ?? "—",
    },
    {
      accessorKey: "quantity",
      header: "Uses",
      meta: { className: "text-right", cellClassName: "align-top tabular-nums" },
      cell: ({ row }) => row.original.quantity ?? "—",
    },
    {
      accessorKey: "value",
      header: "Value",
      meta: { className: "text-right", cellClassName: "align-top tabular-nums" },
      cell: ({ row }) => (row.original.value === null ? "—" : formatRupiah(row.original.value)),
    },
    {
      accessorKey: "state",
      header: "Outcome",
      meta: { cellClassName: "align-top" },
      cell: ({ row }) => (
        <Badge variant={STATE_LABELS[row.original.state].variant}>{STATE_LABELS[row.original.state].label}</Badge>
      ),
    },
    {
      id: "whatHappened",
      header: "What happened",
      meta: { className: "w-1/3", cellClassName: "align-top whitespace-normal" },
      cell: ({ row }) => (
        <>
          <p className="text-sm">{outcomeText(row.original, campaignStopped)}</p>
          <RowDetails row={row.original} />
        </>
      ),
    },
  ];
}
