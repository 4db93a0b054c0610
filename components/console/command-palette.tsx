"use client";

import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { MemberSearch } from "@/components/members/member-search";

/** Ctrl/Cmd+K from anywhere in the console: jump to a member. */
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
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="flex w-full items-center gap-2 rounded-md border border-sidebar-border bg-background px-3 py-2 text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        <Search className="size-4" aria-hidden />
        <span className="flex-1 truncate text-left">Find member</span>
        <kbd className="rounded border bg-muted px-1 text-[10px]">Ctrl K</kbd>
      </button>
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
    </>
  );
}
