"use client";

import type { ColumnDef, FilterFn } from "@tanstack/react-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { DataTableRowActions } from "@/components/data-table/data-table-row-actions";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/permissions";
import type { StaffMember } from "./staff-dialog";

const nameOrEmail: FilterFn<StaffMember> = (row, _column, value: string) => {
  const needle = value.trim().toLowerCase();
  return `${row.original.name} ${row.original.email}`.toLowerCase().includes(needle);
};

export function staffColumns({
  merchantNames,
  onEdit,
}: {
  /** Merchant id → name, or null while the merchants load. */
  merchantNames: Map<string, string> | null;
  onEdit: (member: StaffMember) => void;
}): ColumnDef<StaffMember>[] {
  return [
    {
      accessorKey: "name",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
      meta: { cellClassName: "font-medium" },
      filterFn: nameOrEmail,
    },
    {
      accessorKey: "email",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Email" />,
    },
    {
      accessorKey: "role",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Role" />,
      filterFn: "equalsString",
      cell: ({ row }) => (
        <Badge variant={row.original.role === "ADMIN" ? "default" : "secondary"}>
          {ROLE_LABELS[row.original.role]}
        </Badge>
      ),
    },
    {
      id: "merchants",
      header: "Merchants",
      enableSorting: false,
      meta: { cellClassName: "max-w-72 whitespace-normal" },
      cell: ({ row }) =>
        merchantNames === null
          ? "…"
          : row.original.merchantIds
              .map((id) => merchantNames.get(id))
              .filter(Boolean)
              .join(", ") || "—",
    },
    {
      id: "status",
      accessorFn: (member) => (member.disabled ? "disabled" : "active"),
      header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
      filterFn: "equalsString",
      cell: ({ row }) =>
        row.original.disabled ? <Badge variant="outline">Disabled</Badge> : <Badge variant="success">Active</Badge>,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      cell: ({ row }) => (
        <DataTableRowActions
          subject={row.original.email}
          actions={[{ label: "Edit", onSelect: () => onEdit(row.original) }]}
        />
      ),
    },
  ];
}
