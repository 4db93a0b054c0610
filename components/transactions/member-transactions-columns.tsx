"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { formatDateTime, formatNumber, formatRupiah } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";
import { StatusBadge, transactionHref } from "./transaction-bits";

export type MemberTransactionRow = RouterOutputs["transactions"]["findMemberTransactions"]["transactions"][number];

/** The columns a member's transactions can be filtered on in the browser, as address parameters. */
export const MEMBER_TRANSACTION_FILTERS = ["invoice", "status"] as const;

export function memberTransactionsColumns({
  memberId,
  timeZone,
}: {
  memberId: number;
  timeZone: string;
}): ColumnDef<MemberTransactionRow>[] {
  return [
    {
      id: "createdAt",
      accessorFn: (row) => row.createdAt?.getTime() ?? 0,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Date & time" />,
      meta: { cellClassName: "tabular-nums whitespace-nowrap" },
      cell: ({ row }) => (row.original.createdAt ? formatDateTime(row.original.createdAt, timeZone) : "—"),
    },
    {
      id: "store",
      accessorFn: (row) => row.storeName ?? "",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Store" />,
      meta: { cellClassName: "max-w-56 truncate" },
      cell: ({ row }) => (
        <>
          {row.original.storeName ?? "—"}
          {row.original.ownMerchant ? null : (
            <span className="block text-xs text-muted-foreground">{row.original.merchantName}</span>
          )}
        </>
      ),
    },
    {
      id: "invoice",
      accessorFn: (row) => row.invoiceNumber ?? `#${row.id}`,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Invoice" />,
      filterFn: "includesString",
      meta: { cellClassName: "font-mono text-xs" },
      cell: ({ row }) => {
        const label = row.original.invoiceNumber ?? `#${row.original.id}`;
        if (!row.original.ownMerchant) return label;
        return (
          <Link
            href={transactionHref(row.original.id, memberId)}
            className="underline-offset-4 hover:underline"
            onClick={(event) => event.stopPropagation()}
          >
            {label}
          </Link>
        );
      },
    },
    {
      id: "value",
      accessorFn: (row) => row.value,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Value" className="ml-auto" />,
      meta: { className: "text-right", cellClassName: "tabular-nums" },
      cell: ({ row }) => formatRupiah(row.original.value),
    },
    {
      id: "stamps",
      accessorFn: (row) => row.stampsEarned ?? -1,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Stamps" className="ml-auto" />,
      meta: { className: "text-right", cellClassName: "tabular-nums" },
      cell: ({ row }) => (row.original.stampsEarned === null ? "—" : formatNumber(row.original.stampsEarned)),
    },
    {
      id: "status",
      accessorFn: (row) => row.status ?? "",
      header: "Status",
      enableSorting: false,
      filterFn: "equalsString",
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
    },
  ];
}
