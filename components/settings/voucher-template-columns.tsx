"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format";
import { VALUE_TYPE_LABELS, type TVoucherTemplate } from "@/lib/schemas/voucher-templates";

export function voucherTemplateColumns({
  timeZone,
  onEdit,
  onRemove,
}: {
  timeZone: string;
  onEdit: (template: TVoucherTemplate) => void;
  onRemove: (template: TVoucherTemplate) => void;
}): ColumnDef<TVoucherTemplate>[] {
  return [
    {
      accessorKey: "name",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
      meta: { cellClassName: "font-medium" },
    },
    {
      accessorKey: "stampsTemplateId",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Stamps template ID" />,
      meta: { cellClassName: "tabular-nums" },
    },
    {
      id: "value",
      header: "Value",
      enableSorting: false,
      cell: ({ row }) =>
        row.original.source === "LEARNED" ? (
          <Badge variant="warning" title="Read from a voucher Stamps returned; an admin has not confirmed it">
            Seen on a voucher: check
          </Badge>
        ) : (
          VALUE_TYPE_LABELS[row.original.valueType]
        ),
    },
    {
      accessorKey: "updatedAt",
      sortDescFirst: true,
      header: ({ column }) => <DataTableColumnHeader column={column} title="Changed" />,
      meta: { cellClassName: "text-muted-foreground" },
      cell: ({ row }) => formatDateTime(row.original.updatedAt, timeZone),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      meta: { cellClassName: "space-x-2 text-right" },
      cell: ({ row }) => (
        <>
          <Button
            variant="outline"
            size="sm"
            aria-label={`Edit ${row.original.name}`}
            onClick={() => onEdit(row.original)}
          >
            Edit
          </Button>
          <Button
            variant="ghost"
            size="sm"
            aria-label={`Remove ${row.original.name}`}
            onClick={() => onRemove(row.original)}
          >
            Remove
          </Button>
        </>
      ),
    },
  ];
}
