"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { MemberSearch } from "@/components/members/member-search";
import { OPEN_COMMAND_PALETTE } from "./command-palette-button";

/** Ctrl/Cmd+K from anywhere in the console (or the menu's button): jump to a member. Rendered once, in the layout. */
export function CommandPalette() {
  const router = useRouter();
  const [open, setOpen] = useState(false);

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
          <DialogDescription>Type a name, email, phone or card number; Enter opens the member.</DialogDescription>
        </DialogHeader>
        {open ? (
          <MemberSearch
            autoFocus
            inlineList
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
