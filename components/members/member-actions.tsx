"use client";

import { Pencil, TicketPlus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useCanAccess } from "@/components/console/staff-context";
import { IssueVoucherDialog } from "@/components/vouchers/issue-voucher-dialog";
import type { RouterOutputs } from "@/lib/trpc/react";
import { EditMemberDialog } from "./edit-member-dialog";

/** Buttons on the member page header for this area; the procedures behind them check roles again. */
export function MemberActions({ member }: { member: RouterOutputs["members"]["get"] }) {
  const canEdit = useCanAccess("memberEdit");
  const canIssue = useCanAccess("vouchers");
  const [open, setOpen] = useState<{ dialog: "edit" | "issue"; key: number } | null>(null);
  const close = (next: boolean) => !next && setOpen(null);

  return (
    <>
      {canEdit ? (
        <Button variant="outline" size="sm" onClick={() => setOpen({ dialog: "edit", key: Date.now() })}>
          <Pencil aria-hidden />
          Edit
        </Button>
      ) : null}
      {canIssue ? (
        <Button variant="outline" size="sm" onClick={() => setOpen({ dialog: "issue", key: Date.now() })}>
          <TicketPlus aria-hidden />
          Issue voucher
        </Button>
      ) : null}
      {open?.dialog === "edit" ? <EditMemberDialog key={open.key} member={member} open onOpenChange={close} /> : null}
      {open?.dialog === "issue" ? (
        <IssueVoucherDialog key={open.key} member={member} open onOpenChange={close} />
      ) : null}
    </>
  );
}
