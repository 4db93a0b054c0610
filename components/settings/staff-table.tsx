"use client";

import { UserPlus } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import {
  DataTableSelectFilter,
  DataTableTextFilter,
  DataTableToolbar,
} from "@/components/data-table/data-table-toolbar";
import { useDataTable } from "@/components/data-table/use-data-table";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import { api } from "@/lib/trpc/react";
import { StaffActionDialog, type StaffAction } from "./staff-action-dialog";
import { staffColumns } from "./staff-columns";
import { StaffDialog, type StaffMember } from "./staff-dialog";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const STATUS_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "disabled", label: "Disabled" },
];

export function StaffTable() {
  const staff = api.staff.find.useQuery();
  const merchants = api.merchants.find.useQuery();
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [open, setOpen] = useState(false);
  // A new key per opening remounts the dialog, so its form starts fresh every time.
  const [session, setSession] = useState(0);
  const [acting, setActing] = useState<{ member: StaffMember; action: StaffAction; key: number } | null>(null);
  const startAction = useCallback((member: StaffMember, action: StaffAction) => {
    // A new key per opening: the confirmation starts with an empty reason.
    setActing((current) => ({ member, action, key: (current?.key ?? 0) + 1 }));
  }, []);

  const openDialog = useCallback((member: StaffMember | null) => {
    setEditing(member);
    setSession((current) => current + 1);
    setOpen(true);
  }, []);
  const columns = useMemo(() => {
    const merchantNames = merchants.data
      ? new Map(merchants.data.map((merchant) => [merchant.id, merchant.name]))
      : null;
    return staffColumns({
      merchantNames,
      onEdit: openDialog,
      onAction: startAction,
    });
  }, [merchants.data, openDialog, startAction]);
  const table = useDataTable({ data: staff.data, columns, getRowId: (member) => member.id, pageSize: 50 });

  return (
    <section aria-labelledby="staff-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="staff-heading" className="text-lg font-semibold">
            Staff
          </h2>
          <p className="text-sm text-muted-foreground">
            Who can sign in to the merchants you work for, what their role lets them do, and for which merchants.
          </p>
        </div>
        <Button onClick={() => openDialog(null)}>
          <UserPlus aria-hidden="true" />
          Add staff
        </Button>
      </div>

      <DataTable
        table={table}
        label="Staff"
        loading={staff.isPending}
        error={staff.error}
        onRetry={() => void staff.refetch()}
        empty={staff.data?.length ? "No staff match these filters." : "No staff accounts yet."}
        pagination
        toolbar={
          <DataTableToolbar table={table}>
            <DataTableTextFilter table={table} column="name" label="Search" placeholder="Name or email" />
            <DataTableSelectFilter table={table} column="role" label="Role" options={ROLE_OPTIONS} />
            <DataTableSelectFilter table={table} column="status" label="Status" options={STATUS_OPTIONS} />
          </DataTableToolbar>
        }
      />

      <StaffDialog key={session} staff={editing} open={open} onOpenChange={setOpen} />
      {acting ? (
        <StaffActionDialog
          key={acting.key}
          member={acting.member}
          action={acting.action}
          onClose={() => setActing(null)}
        />
      ) : null}
    </section>
  );
}
