"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { formatDateTime, formatNumber, formatRupiah } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";
import { StatusBadge, transactionHref } from "./transaction-bits";

export type MemberTransactionRow = RouterOutputs["transactions"]["findMemberTransactions"]["transactions"][number];

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
      header: "Date & time",
      meta: { cellClassName: "tabular-nums" },
      cell: ({ row }) => (row.original.createdAt ? formatDateTime(row.original.createdAt, timeZone) : "—"),
    },
    {
      id: "store",
      header: "Store",
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
      header: "Invoice",
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
      header: "Value",
      meta: { className: "text-right", cellClassName: "tabular-nums" },
      cell: ({ row }) => formatRupiah(row.original.value),
    },
    {
      id: "stamps",
      header: "Stamps",
      meta: { className: "text-right", cellClassName: "tabular-nums" },
      cell: ({ row }) => (row.original.stampsEarned === null ? "—" : formatNumber(row.original.stampsEarned)),
    },
    {
      id: "status",
      header: "Status",
      cell: ({ row }) => <StatusBadge status={row.original.status} />,
    },
  ];
}
