"use client";

import { Menu } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

/**
 * Below md the sidebar is a sheet that slides out from the left (shadcn's sidebar pattern), so every item is in
 * reach instead of in a strip that scrolls sideways. Following a link, or the palette's button, closes it.
 */
export function MobileMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" aria-label="Open menu">
          <Menu aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent
        side="left"
        className="bg-sidebar p-3 text-sidebar-foreground"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a[href], [data-closes-menu]")) setOpen(false);
        }}
      >
        <SheetTitle className="sr-only">Menu</SheetTitle>
        <SheetDescription className="sr-only">
          The back office&apos;s pages, the merchant and your account.
        </SheetDescription>
        {children}
      </SheetContent>
    </Sheet>
  );
}
