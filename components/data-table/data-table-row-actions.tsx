"use client";

import { MoreHorizontal } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type RowAction = { label: string; onSelect: () => void; destructive?: boolean };

/**
 * What can be done to one row. A single action is a plain button (one click, and its name says what it
 * does to which row); several go in a menu.
 */
export function DataTableRowActions({ subject, actions }: { subject: string; actions: readonly RowAction[] }) {
  const [only] = actions;
  if (actions.length === 1 && only) {
    return (
      <div className="text-right">
        <Button variant="outline" size="sm" aria-label={`${only.label} ${subject}`} onClick={only.onSelect}>
          {only.label}
        </Button>
      </div>
    );
  }
  return (
    <div className="text-right">
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${subject}`}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {actions.map((action) => (
            <DropdownMenuItem
              key={action.label}
              variant={action.destructive ? "destructive" : "default"}
              onSelect={action.onSelect}
            >
              {action.label}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
