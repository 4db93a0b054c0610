"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { auditActionLabel } from "@/lib/audit-labels";
import { formatDateTime } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";
import { AuditOutcomeBadge } from "./audit-outcome-badge";
import { describeTarget } from "./audit-target";

export type AuditEvent = RouterOutputs["audit"]["find"]["events"][number];

/** The audit log's columns, in plain words: the raw action key and error code are in the event's details. */
export function auditColumns({
  timeZone,
  onOpen,
}: {
  timeZone: string;
  onOpen: (event: AuditEvent) => void;
}): ColumnDef<AuditEvent>[] {
  return [
    {
      accessorKey: "createdAt",
      header: "When",
      meta: { className: "w-40", cellClassName: "whitespace-nowrap text-muted-foreground tabular-nums" },
      cell: ({ row }) => formatDateTime(row.original.createdAt, timeZone),
    },
    {
      accessorKey: "staffEmail",
      header: "Who",
      meta: { cellClassName: "max-w-56" },
      cell: ({ row }) => (
        <>
          <span className="block truncate" title={row.original.staffEmail}>
            {row.original.staffEmail}
          </span>
          {row.original.merchantName ? (
            <span className="block truncate text-xs text-muted-foreground">{row.original.merchantName}</span>
          ) : null}
        </>
      ),
    },
    {
      accessorKey: "action",
      header: "What",
      meta: { cellClassName: "max-w-72" },
      cell: ({ row }) => (
        <button
          type="button"
          className="text-left font-medium underline-offset-4 hover:underline focus-visible:underline"
          onClick={() => onOpen(row.original)}
        >
          {auditActionLabel(row.original.action)}
          <span className="block text-xs font-normal text-muted-foreground">{describeTarget(row.original.target)}</span>
        </button>
      ),
    },
    {
      accessorKey: "outcome",
      header: "Outcome",
      cell: ({ row }) => <AuditOutcomeBadge outcome={row.original.outcome} />,
    },
    {
      id: "reason",
      header: "Reason / message",
      meta: { cellClassName: "max-w-80 truncate text-muted-foreground" },
      cell: ({ row }) => (
        <span title={row.original.message ?? row.original.reason ?? undefined}>
          {row.original.reason ?? row.original.message ?? "—"}
        </span>
      ),
    },
  ];
}
