"use client";

import type { Table } from "@tanstack/react-table";
import { X } from "lucide-react";
import { useId } from "react";
import { LabeledInput } from "@/components/console/labeled-input";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** The filters above a table, with one button that clears them all. */
export function DataTableToolbar<TData>({
  table,
  children,
  actions,
}: {
  table: Table<TData>;
  children: React.ReactNode;
  /** Buttons at the far end, e.g. "Add staff". */
  actions?: React.ReactNode;
}) {
  const filtered = table.getState().columnFilters.length > 0;
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div className="flex flex-1 flex-wrap items-end gap-3" role="group" aria-label="Filters">
        {children}
        {filtered ? (
          <Button variant="ghost" onClick={() => table.resetColumnFilters()}>
            Clear filters
            <X aria-hidden />
          </Button>
        ) : null}
      </div>
      {actions}
    </div>
  );
}

/** A labelled text box that filters on one column: in the browser, or in the server query built from it. */
export function DataTableTextFilter<TData>({
  table,
  column,
  label,
  placeholder,
  className = "w-48",
}: {
  table: Table<TData>;
  column: string;
  label: string;
  placeholder?: string;
  className?: string;
}) {
  const id = useId();
  const target = table.getColumn(column);
  const value = target?.getFilterValue();
  return (
    <LabeledInput
      id={id}
      label={label}
      className={className}
      value={typeof value === "string" ? value : ""}
      placeholder={placeholder}
      onChange={(event) => target?.setFilterValue(event.target.value || undefined)}
    />
  );
}

/** A labelled choice that filters on one column; the first choice ("All") clears the filter. */
export function DataTableSelectFilter<TData>({
  table,
  column,
  ...field
}: {
  table: Table<TData>;
  column: string;
} & Omit<FilterSelectProps, "value" | "onValueChange">) {
  const target = table.getColumn(column);
  const value = target?.getFilterValue();
  return (
    <FilterSelect
      {...field}
      value={typeof value === "string" ? value : undefined}
      onValueChange={(next) => target?.setFilterValue(next)}
    />
  );
}

type FilterSelectProps = {
  label: string;
  /** The chosen option's value; undefined while the filter is off ("All"). */
  value: string | undefined;
  onValueChange: (value: string | undefined) => void;
  options: readonly { value: string; label: string }[];
  allLabel?: string;
  className?: string;
};

/**
 * A labelled choice of one option or "All" (the filter off): the one select every filter bar uses, whether its state
 * lives in a table column or in the URL.
 */
export function FilterSelect({
  label,
  value,
  onValueChange,
  options,
  allLabel = "All",
  className = "w-40",
}: FilterSelectProps) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value ?? ALL} onValueChange={(next) => onValueChange(next === ALL ? undefined : next)}>
        <SelectTrigger id={id} className={className}>
          {/* Named here rather than by Radix, which knows the chosen item's text only once the list has mounted. */}
          <SelectValue>{options.find((option) => option.value === value)?.label ?? allLabel}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL}>{allLabel}</SelectItem>
          {options.map((option) => (
            <SelectItem key={option.value} value={option.value}>
              {option.label}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}

const ALL = "__all__";
