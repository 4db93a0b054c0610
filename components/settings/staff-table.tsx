"use client";

import { UserPlus } from "lucide-react";
import { useState } from "react";
import { EmptyRow, ErrorRow, LoadingRows } from "@/components/console/table-states";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/permissions";
import { api } from "@/lib/trpc/react";
import { StaffDialog, type StaffMember } from "./staff-dialog";

const COLUMNS = 6;

export function StaffTable() {
  const staff = api.staff.find.useQuery();
  const merchants = api.merchants.find.useQuery();
  const merchantNames = new Map(merchants.data?.map((merchant) => [merchant.id, merchant.name]));
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [open, setOpen] = useState(false);
  // A new key per opening remounts the dialog, so its form starts fresh every time.
  const [session, setSession] = useState(0);

  const openDialog = (member: StaffMember | null) => {
    setEditing(member);
    setSession((current) => current + 1);
    setOpen(true);
  };

  return (
    <section aria-labelledby="staff-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="staff-heading" className="text-lg font-semibold">
            Staff
          </h2>
          <p className="text-sm text-muted-foreground">
            Who can sign in, what their role lets them do, and for which merchants.
          </p>
        </div>
        <Button onClick={() => openDialog(null)}>
          <UserPlus aria-hidden="true" />
          Add staff
        </Button>
      </div>

      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Merchants</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {staff.isPending ? <LoadingRows columns={COLUMNS} /> : null}
            {staff.isError ? (
              <ErrorRow columns={COLUMNS} error={staff.error} onRetry={() => void staff.refetch()} />
            ) : null}
            {staff.data?.length === 0 ? <EmptyRow columns={COLUMNS}>No staff accounts yet.</EmptyRow> : null}
            {staff.data?.map((member) => (
              <TableRow key={member.id}>
                <TableCell className="font-medium">{member.name}</TableCell>
                <TableCell>{member.email}</TableCell>
                <TableCell>
                  <Badge variant={member.role === "ADMIN" ? "default" : "secondary"}>{ROLE_LABELS[member.role]}</Badge>
                </TableCell>
                <TableCell className="max-w-72 whitespace-normal">
                  {merchants.isPending
                    ? "…"
                    : member.merchantIds
                        .map((id) => merchantNames.get(id))
                        .filter(Boolean)
                        .join(", ") || "—"}
                </TableCell>
                <TableCell>
                  {member.disabled ? (
                    <Badge variant="outline">Disabled</Badge>
                  ) : (
                    <Badge variant="success">Active</Badge>
                  )}
                </TableCell>
                <TableCell className="text-right">
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={`Edit ${member.email}`}
                    onClick={() => openDialog(member)}
                  >
                    Edit
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <StaffDialog key={session} staff={editing} open={open} onOpenChange={setOpen} />
    </section>
  );
}
