"use client";

import type { ColumnDef, FilterFn } from "@tanstack/react-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { DataTableRowActions } from "@/components/data-table/data-table-row-actions";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABELS } from "@/lib/permissions";
import type { StaffAction } from "./staff-action-dialog";
import type { StaffMember } from "./staff-dialog";

const nameOrEmail: FilterFn<StaffMember> = (row, _column, value: string) => {
  const needle = value.trim().toLowerCase();
  return `${row.original.name} ${row.original.email}`.toLowerCase().includes(needle);
};

export function staffColumns({
  merchantNames,
  onEdit,
  onAction,
}: {
  /** Merchant id → name, or null while the merchants load. */
  merchantNames: Map<string, string> | null;
  onEdit: (member: StaffMember) => void;
  onAction: (member: StaffMember, action: StaffAction) => void;
}): ColumnDef<StaffMember>[] {
  return [
    {
      accessorKey: "name",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
      meta: { cellClassName: "font-medium" },
      filterFn: nameOrEmail,
      cell: ({ row }) => (
        <span className="flex flex-wrap items-center gap-2">
          {row.original.name}
          {row.original.isYou ? <Badge variant="outline">You</Badge> : null}
          {row.original.isOwner ? <Badge variant="outline">Owner</Badge> : null}
        </span>
      ),
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
      cell: ({ row }) => {
        if (merchantNames === null) return "…";
        const names = row.original.merchantIds.map((id) => merchantNames.get(id)).filter(Boolean);
        if (row.original.isOwner) return "All (owner)";
        const others = row.original.otherMerchants ? ` + ${row.original.otherMerchants} not yours` : "";
        return (names.join(", ") || "—") + others;
      },
    },
    {
      id: "signIn",
      header: "Sign-in",
      enableSorting: false,
      cell: ({ row }) => (
        <span className="flex flex-wrap gap-1">
          {row.original.mustChangePassword ? <Badge variant="outline">One-time password</Badge> : null}
          {row.original.hasSecondFactor ? (
            <Badge variant="secondary">Two-factor on</Badge>
          ) : (
            <Badge variant="outline">No second factor</Badge>
          )}
        </span>
      ),
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
      cell: ({ row }) => {
        const member = row.original;
        // Oneself, an owner (for other admins) and staff shared with merchants one does not manage are edited only
        // as far as the server allows; it refuses the rest in plain words.
        const manageable = !member.isYou;
        return (
          <DataTableRowActions
            subject={member.email}
            actions={[
              { label: "Edit", onSelect: () => onEdit(member) },
              ...(manageable
                ? [
                    { label: "Reset password", onSelect: () => onAction(member, "resetPassword") },
                    ...(member.hasSecondFactor
                      ? [{ label: "Reset two-factor sign-in", onSelect: () => onAction(member, "resetSecondFactor") }]
                      : []),
                    member.disabled
                      ? { label: "Enable", onSelect: () => onAction(member, "enable") }
                      : { label: "Disable", onSelect: () => onAction(member, "disable"), destructive: true },
                  ]
                : []),
            ]}
          />
        );
      },
    },
  ];
}
