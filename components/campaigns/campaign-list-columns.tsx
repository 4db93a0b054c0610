"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";
import { CampaignStatusBadge, ProgressStrip, rowsToIssue } from "./campaign-status";

export type CampaignListItem = RouterOutputs["campaigns"]["find"]["campaigns"][number];

/** Sortable column ids are the server's sort fields (createdAt, name, status, startDate). */
export function campaignListColumns({ timeZone }: { timeZone: string }): ColumnDef<CampaignListItem>[] {
  return [
    {
      id: "name",
      accessorKey: "name",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Campaign" />,
      meta: { cellClassName: "max-w-72" },
      cell: ({ row }) => (
        <>
          <Link href={`/campaigns/${row.original.id}`} className="font-medium hover:underline">
            {row.original.name}
          </Link>
          <p className="truncate text-xs text-muted-foreground">{row.original.templateName}</p>
        </>
      ),
    },
    {
      id: "status",
      accessorKey: "status",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
      cell: ({ row }) => <CampaignStatusBadge status={row.original.status} />,
    },
    {
      id: "progress",
      header: "Progress",
      enableSorting: false,
      meta: { className: "w-56" },
      cell: ({ row }) => {
        const counts = row.original.counts;
        if (counts.total === 0) return <span className="text-sm text-muted-foreground">No file yet</span>;
        return (
          <div className="grid gap-1">
            <span className="text-xs text-muted-foreground tabular-nums">
              {formatNumber(counts.issued)} of {formatNumber(rowsToIssue(counts))} issued
              {counts.failed ? ` · ${formatNumber(counts.failed)} failed` : ""}
            </span>
            <ProgressStrip counts={counts} />
          </div>
        );
      },
    },
    {
      id: "createdBy",
      header: "Created by",
      enableSorting: false,
      cell: ({ row }) => row.original.createdBy?.name ?? "—",
    },
    {
      id: "createdAt",
      accessorKey: "createdAt",
      sortDescFirst: true,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
      meta: { cellClassName: "text-muted-foreground" },
      cell: ({ row }) => formatDateTime(row.original.createdAt, timeZone),
    },
    {
      id: "startDate",
      accessorKey: "startDate",
      sortDescFirst: true,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Vouchers valid from" />,
      cell: ({ row }) => formatDate(row.original.startDate),
    },
    {
      id: "finishedAt",
      header: "Finished",
      enableSorting: false,
      meta: { cellClassName: "text-muted-foreground" },
      cell: ({ row }) => (row.original.finishedAt ? formatDateTime(row.original.finishedAt, timeZone) : "—"),
    },
  ];
}
