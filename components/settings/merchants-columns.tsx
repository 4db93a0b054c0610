"use client";

import type { ColumnDef, FilterFn } from "@tanstack/react-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { DataTableRowActions } from "@/components/data-table/data-table-row-actions";
import type { Merchant } from "./merchant-dialog";

const nameOrId: FilterFn<Merchant> = (row, _column, value: string) => {
  const needle = value.trim().toLowerCase();
  return `${row.original.name} ${row.original.stampsMerchantId}`.toLowerCase().includes(needle);
};

export type MerchantAction = "edit" | "replaceToken" | "testConnection" | "remove";

export function merchantsColumns({
  onAction,
}: {
  onAction: (merchant: Merchant, action: MerchantAction) => void;
}): ColumnDef<Merchant>[] {
  return [
    {
      accessorKey: "name",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
      meta: { cellClassName: "font-medium" },
      filterFn: nameOrId,
    },
    {
      accessorKey: "stampsMerchantId",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Stamps merchant ID" />,
      meta: { cellClassName: "tabular-nums" },
    },
    {
      accessorKey: "apiBaseUrl",
      header: "API base URL",
      enableSorting: false,
      meta: { cellClassName: "max-w-64 truncate" },
      cell: ({ row }) => <span title={row.original.apiBaseUrl}>{row.original.apiBaseUrl}</span>,
    },
    { accessorKey: "tokenType", header: "Token type", enableSorting: false },
    {
      id: "token",
      header: "Token",
      enableSorting: false,
      meta: { cellClassName: "font-mono text-xs" },
      cell: ({ row }) => `•••• ${row.original.tokenLast4}`,
    },
    {
      accessorKey: "timeZone",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Time zone" />,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <DataTableRowActions
          subject={row.original.name}
          actions={[
            { label: "Test connection", onSelect: () => onAction(row.original, "testConnection") },
            { label: "Edit", onSelect: () => onAction(row.original, "edit") },
            { label: "Replace token", onSelect: () => onAction(row.original, "replaceToken") },
            { label: "Remove", onSelect: () => onAction(row.original, "remove"), destructive: true },
          ]}
        />
      ),
    },
  ];
}
