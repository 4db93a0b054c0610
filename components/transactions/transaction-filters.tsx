"use client";

import { ChevronDown, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { DateField } from "@/components/ui/date-field";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useUrlState } from "@/lib/hooks/use-url-state";
import { CHANNEL_OPTIONS } from "@/lib/schemas/transactions";

export type TransactionFilters = {
  startDate: string;
  endDate: string;
  channels: number[];
  scope: "merchant" | "group";
};

export const NO_FILTERS: TransactionFilters = { startDate: "", endDate: "", channels: [], scope: "merchant" };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The Stamps-side filters of a member's transactions, kept in the address: ?from=&to=&channel=2,4&scope=group. */
export function useTransactionFilters(): [TransactionFilters, (next: TransactionFilters) => void] {
  const { params, set } = useUrlState();
  // Read from the address once; then the screen leads and the address follows.
  const [filters, setFilters] = useState<TransactionFilters>(() => {
    const from = params.get("from") ?? "";
    const to = params.get("to") ?? "";
    const known = new Set<number>(CHANNEL_OPTIONS.map((option) => option.value));
    return {
      startDate: DATE.test(from) ? from : "",
      endDate: DATE.test(to) ? to : "",
      channels: (params.get("channel") ?? "")
        .split(",")
        .map(Number)
        .filter((code) => known.has(code)),
      scope: params.get("scope") === "group" ? "group" : "merchant",
    };
  });
  const update = (next: TransactionFilters) => {
    setFilters(next);
    set({
      from: next.startDate,
      to: next.endDate,
      channel: next.channels.join(","),
      scope: next.scope === "group" ? "group" : null,
    });
  };
  return [filters, update];
}

function channelSummary(channels: number[]) {
  if (channels.length === 0) return "All channels";
  if (channels.length > 2) return `${channels.length} channels`;
  return channels.map((code) => CHANNEL_OPTIONS.find((option) => option.value === code)?.label ?? code).join(", ");
}

export function TransactionFiltersBar({
  value,
  onChange,
  dateError,
}: {
  value: TransactionFilters;
  onChange: (next: TransactionFilters) => void;
  dateError: string | null;
}) {
  const filtered = value.startDate || value.endDate || value.channels.length > 0 || value.scope !== "merchant";
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Filter transactions">
        <div className="grid gap-1.5">
          <Label htmlFor="tx-from">From</Label>
          <DateField
            id="tx-from"
            className="w-40"
            value={value.startDate}
            max={value.endDate || undefined}
            onChange={(startDate) => onChange({ ...value, startDate })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="tx-to">To</Label>
          <DateField
            id="tx-to"
            className="w-40"
            value={value.endDate}
            min={value.startDate || undefined}
            aria-invalid={dateError ? true : undefined}
            onChange={(endDate) => onChange({ ...value, endDate })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label id="tx-channel-label">Channel</Label>
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button
                variant="outline"
                className="w-44 justify-between font-normal"
                aria-labelledby="tx-channel-label tx-channel-value"
              >
                <span id="tx-channel-value" className="truncate">
                  {channelSummary(value.channels)}
                </span>
                <ChevronDown className="size-4 opacity-50" aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="start" className="w-48">
              <DropdownMenuLabel>Channels</DropdownMenuLabel>
              <DropdownMenuSeparator />
              {CHANNEL_OPTIONS.map((option) => (
                <DropdownMenuCheckboxItem
                  key={option.value}
                  checked={value.channels.includes(option.value)}
                  onSelect={(event) => event.preventDefault()}
                  onCheckedChange={(checked) =>
                    onChange({
                      ...value,
                      channels: checked
                        ? [...value.channels, option.value].sort((a, b) => a - b)
                        : value.channels.filter((code) => code !== option.value),
                    })
                  }
                >
                  {option.label}
                </DropdownMenuCheckboxItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="tx-scope">Merchants</Label>
          <Select
            value={value.scope}
            onValueChange={(scope) => onChange({ ...value, scope: scope as TransactionFilters["scope"] })}
          >
            <SelectTrigger id="tx-scope" className="w-52">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="merchant">This merchant</SelectItem>
              <SelectItem value="group">All merchants of the group</SelectItem>
            </SelectContent>
          </Select>
        </div>
        {filtered ? (
          <Button variant="ghost" onClick={() => onChange(NO_FILTERS)}>
            <X className="size-4" aria-hidden />
            Clear filters
          </Button>
        ) : null}
      </div>
      {dateError ? (
        <p role="alert" className="text-sm text-destructive">
          {dateError}
        </p>
      ) : null}
    </div>
  );
}
