"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";

export type AuditEvent = RouterOutputs["audit"]["find"]["events"][number];

/** Column ids double as the names of the server's filters (staffEmail, action, target, outcome). */
export function auditColumns({ timeZone }: { timeZone: string }): ColumnDef<AuditEvent>[] {
  return [
    {
      accessorKey: "createdAt",
      header: "When",
      meta: { className: "w-44", cellClassName: "whitespace-nowrap text-muted-foreground tabular-nums" },
      cell: ({ row }) => formatDateTime(row.original.createdAt, timeZone),
    },
    {
      accessorKey: "staffEmail",
      header: "Who",
      cell: ({ row }) => (
        <>
          <span className="block">{row.original.staffEmail}</span>
          {row.original.merchantName ? (
            <span className="text-xs text-muted-foreground">{row.original.merchantName}</span>
          ) : null}
        </>
      ),
    },
    {
      accessorKey: "action",
      header: "Action",
      cell: ({ row }) => <code className="text-xs">{row.original.action}</code>,
    },
    {
      accessorKey: "target",
      header: "Target",
      meta: { cellClassName: "max-w-48 truncate" },
      cell: ({ row }) => <span title={row.original.target ?? undefined}>{row.original.target ?? "—"}</span>,
    },
    {
      accessorKey: "outcome",
      header: "Outcome",
      cell: ({ row }) => (
        <Badge variant={row.original.outcome === "OK" ? "success" : "destructive"}>{row.original.outcome}</Badge>
      ),
    },
    {
      id: "reason",
      header: "Reason / message",
      meta: { cellClassName: "max-w-72 truncate text-muted-foreground" },
      cell: ({ row }) => (
        <span title={row.original.message ?? row.original.reason ?? undefined}>
          {row.original.reason ?? row.original.message ?? "—"}
        </span>
      ),
    },
  ];
}
