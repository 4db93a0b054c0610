"use client";

import type { Column } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** A column title that sorts the table when the column can be sorted: ascending, descending, then unsorted. */
export function DataTableColumnHeader<TData, TValue>({
  column,
  title,
  className,
}: {
  column: Column<TData, TValue>;
  title: string;
  className?: string;
}) {
  if (!column.getCanSort()) return <span className={className}>{title}</span>;

  const sorted = column.getIsSorted();
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;
  return (
    <Button variant="ghost" size="sm" className={cn("-ml-3 h-8", className)} onClick={column.getToggleSortingHandler()}>
      {title}
      <Icon className={sorted ? undefined : "text-muted-foreground/70"} aria-hidden />
    </Button>
  );
}
