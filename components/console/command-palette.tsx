"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { MemberSearch, type PaletteCommand } from "@/components/members/member-search";
import { canAccess } from "@/lib/permissions";
import { OPEN_COMMAND_PALETTE } from "./command-palette-button";
import { NAV_ITEMS } from "./nav-items";
import { useStaffRole } from "./staff-context";

const ACTIONS = [
  { id: "register", label: "Register member…", area: "memberEdit", href: "/members?register=1" },
  { id: "validate", label: "Check a voucher code…", area: "vouchers", href: "/vouchers" },
  { id: "transaction", label: "Find a transaction by ID…", area: "transactions", href: "/transactions" },
  { id: "campaign", label: "New voucher campaign…", area: "campaigns", href: "/campaigns/new" },
] as const;

/** Ctrl/Cmd+K from anywhere in the console (or the menu's button): jump to a member. Rendered once, in the layout. */
export function CommandPalette() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const role = useStaffRole();
  const go = (href: string) => () => {
    setOpen(false);
    router.push(href);
  };
  // Linear-style: type "trans" for the Transactions page, "issue" or "register" for an action.
  const commands: PaletteCommand[] = role
    ? [
        ...NAV_ITEMS.filter((item) => canAccess(role, item.area)).map((item) => ({
          id: item.href,
          label: item.label,
          kind: "Page" as const,
          run: go(item.href),
        })),
        ...ACTIONS.filter((action) => canAccess(role, action.area)).map((action) => ({
          id: action.id,
          label: action.label,
          kind: "Action" as const,
          run: go(action.href),
        })),
      ]
    : [];

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpen((value) => !value);
      }
    }
    const onOpen = () => setOpen(true);
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener(OPEN_COMMAND_PALETTE, onOpen);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener(OPEN_COMMAND_PALETTE, onOpen);
    };
  }, []);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent className="top-[10%] max-h-[calc(90dvh-1rem)] translate-y-0 sm:top-[15%] sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Jump to a member</DialogTitle>
          <DialogDescription>
            Type a name, email, phone or card number, or a page or action such as Transactions; Enter opens it.
          </DialogDescription>
        </DialogHeader>
        {open ? (
          <MemberSearch
            autoFocus
            inlineList
            commands={commands}
            inputLabel="Member"
            onSelect={(memberId) => {
              setOpen(false);
              router.push(`/members/${memberId}`);
            }}
          />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
