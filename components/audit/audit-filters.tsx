"use client";

import { Download, X } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { LabeledInput } from "@/components/console/labeled-input";
import { FilterSelect } from "@/components/data-table/data-table-toolbar";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Label } from "@/components/ui/label";
import { AUDIT_ACTION_LABELS, AUDIT_FILTER_LABELS, AUDIT_OUTCOME_FILTERS } from "@/lib/audit-labels";
import type { TAuditFilters } from "@/lib/schemas/audit";
import { useAuditUrlState } from "./use-audit-url-state";

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
    <LabeledInput
      id={id}
      label={label}
      className={className}
      value={text}
      placeholder={placeholder}
      inputMode={inputMode}
      aria-invalid={invalid || undefined}
      onChange={(event) => setText(event.target.value)}
    />
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
        <FilterSelect
          value={state.raw.merchantId}
          onValueChange={(value) => state.setFilter("merchantId", value)}
          label={AUDIT_FILTER_LABELS.merchantId}
          allLabel="All my merchants"
          className="w-52"
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
      <FilterSelect
        value={state.raw.action}
        onValueChange={(value) => state.setFilter("action", value)}
        label={AUDIT_FILTER_LABELS.action}
        allLabel="Any action"
        className="w-52"
        options={ACTION_OPTIONS}
      />
      <FilterSelect
        value={state.raw.outcome}
        onValueChange={(value) => state.setFilter("outcome", value)}
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
