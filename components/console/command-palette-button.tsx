"use client";

import { Search } from "lucide-react";

export const OPEN_COMMAND_PALETTE = "command-palette:open";

/** The palette's button in the menu; the palette itself (and Ctrl/Cmd+K) lives once in the console layout. */
export function CommandPaletteButton() {
  return (
    <button
      type="button"
      data-closes-menu
      onClick={() => window.dispatchEvent(new Event(OPEN_COMMAND_PALETTE))}
      className="flex w-full items-center gap-2 rounded-md border border-sidebar-border bg-background px-3 py-2 text-sm text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
    >
      <Search className="size-4" aria-hidden />
      <span className="flex-1 truncate text-left">Find member</span>
      <kbd className="rounded border bg-muted px-1 text-[10px]">Ctrl K</kbd>
    </button>
  );
}
