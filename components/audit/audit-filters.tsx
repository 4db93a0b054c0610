"use client";

import { Download, X } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { AUDIT_ACTION_LABELS, AUDIT_FILTER_LABELS, AUDIT_OUTCOME_FILTERS } from "@/lib/audit-labels";
import type { TAuditFilters } from "@/lib/schemas/audit";
import { useAuditUrlState } from "./use-audit-url-state";

const ALL = "__all__";
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

type UrlState = ReturnType<typeof useAuditUrlState>;

/** A text filter typed into locally and written to the URL once typing pauses. */
function TextFilter({
  state,
  name,
  label,
  placeholder,
  className = "w-44",
  inputMode,
}: {
  state: UrlState;
  name: keyof TAuditFilters;
  label: string;
  placeholder?: string;
  className?: string;
  inputMode?: "numeric";
}) {
  const id = useId();
  const fromUrl = state.raw[name] ?? "";
  const [text, setText] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  // Back, Forward or "Clear filters" change the URL under the input: show what it says now.
  if (seen !== fromUrl) {
    setSeen(fromUrl);
    if (text.trim() !== fromUrl) setText(fromUrl);
  }
  const { setFilter } = state;
  useEffect(() => {
    if (text.trim() === fromUrl) return;
    const timer = setTimeout(() => setFilter(name, text.trim() || undefined), 350);
    return () => clearTimeout(timer);
  }, [text, fromUrl, name, setFilter]);
  const invalid = fromUrl !== "" && state.filters[name] === undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        className={className}
        value={text}
        placeholder={placeholder}
        inputMode={inputMode}
        aria-invalid={invalid || undefined}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

function SelectFilter({
  state,
  name,
  label,
  options,
  allLabel,
  className = "w-52",
}: {
  state: UrlState;
  name: keyof TAuditFilters;
  label: string;
  options: readonly { value: string; label: string }[];
  allLabel: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select
        value={state.raw[name] ?? ALL}
        onValueChange={(value) => state.setFilter(name, value === ALL ? undefined : value)}
      >
        <SelectTrigger id={id} className={className}>
          {/* Named here rather than by Radix, which knows the chosen item's text only once the list has mounted. */}
          <SelectValue>{options.find((option) => option.value === state.raw[name])?.label ?? allLabel}</SelectValue>
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

function DateFilter({ state, name, label }: { state: UrlState; name: "from" | "to"; label: string }) {
  const id = useId();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <DateField
        id={id}
        className="w-40"
        value={state.raw[name] ?? ""}
        onChange={(value) => state.setFilter(name, value || undefined)}
      />
    </div>
  );
}

/** The audit log's filters, all kept in the URL. */
export function AuditFilters({
  state,
  merchants,
}: {
  state: UrlState;
  merchants: readonly { id: string; name: string }[];
}) {
  const filtered = Object.keys(state.raw).length > 0;
  return (
    <div className="flex flex-wrap items-end gap-3" role="group" aria-label="Filters">
      <TextFilter state={state} name="staff" label={AUDIT_FILTER_LABELS.staff} placeholder="Any staff member" />
      {merchants.length > 1 ? (
        <SelectFilter
          state={state}
          name="merchantId"
          label={AUDIT_FILTER_LABELS.merchantId}
          allLabel="All my merchants"
          options={merchants.map((merchant) => ({ value: merchant.id, label: merchant.name }))}
        />
      ) : null}
      <TextFilter
        state={state}
        name="memberId"
        label={AUDIT_FILTER_LABELS.memberId}
        placeholder="e.g. 4711"
        className="w-28"
        inputMode="numeric"
      />
      <SelectFilter
        state={state}
        name="action"
        label={AUDIT_FILTER_LABELS.action}
        allLabel="Any action"
        options={ACTION_OPTIONS}
      />
      <SelectFilter
        state={state}
        name="outcome"
        label={AUDIT_FILTER_LABELS.outcome}
        allLabel="Any outcome"
        options={AUDIT_OUTCOME_FILTERS}
        className="w-44"
      />
      <DateFilter state={state} name="from" label={AUDIT_FILTER_LABELS.from} />
      <DateFilter state={state} name="to" label={AUDIT_FILTER_LABELS.to} />
      {filtered ? (
        <Button variant="ghost" onClick={state.clearFilters} aria-label="Clear filters">
          Clear
          <X aria-hidden />
        </Button>
      ) : null}
    </div>
  );
}

/** Downloads what the filters in the URL select, as CSV (streamed by /api/audit/export). */
export function AuditExportLink() {
  const state = useAuditUrlState();
  return (
    <Button variant="outline" asChild>
      <a href={`/api/audit/export${state.filterQuery ? `?${state.filterQuery}` : ""}`} download>
        <Download aria-hidden />
        Download CSV
      </a>
    </Button>
  );
}
