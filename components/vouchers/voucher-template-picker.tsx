"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import { useId, useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { getErrorMessage } from "@/lib/errors";
import { VALUE_TYPE_LABELS, type TVoucherTemplate, type TVoucherValueType } from "@/lib/schemas/voucher-templates";
import { api } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

/** What the picker hands back: a catalogue template, or (with allowUnknownId) a bare Stamps ID. */
export type PickedTemplate = { stampsTemplateId: number; name: string | null; valueType: TVoucherValueType | null };

type Option = PickedTemplate & { key: string; hint: string };

function optionsFor(templates: readonly TVoucherTemplate[], query: string, allowUnknownId: boolean): Option[] {
  const needle = query.trim().toLowerCase();
  const options: Option[] = templates
    .filter(
      (template) =>
        !needle || template.name.toLowerCase().includes(needle) || String(template.stampsTemplateId) === needle,
    )
    .map((template) => ({
      key: template.id,
      stampsTemplateId: template.stampsTemplateId,
      name: template.name,
      valueType: template.source === "LEARNED" ? null : template.valueType,
      hint: `ID ${template.stampsTemplateId} · ${
        template.source === "LEARNED"
          ? "seen on a voucher, value type not recorded"
          : VALUE_TYPE_LABELS[template.valueType]
      }`,
    }));
  const typedId = /^\d{1,9}$/.test(needle) ? Number(needle) : null;
  if (allowUnknownId && typedId && !templates.some((template) => template.stampsTemplateId === typedId)) {
    options.push({
      key: `id-${typedId}`,
      stampsTemplateId: typedId,
      name: null,
      valueType: null,
      hint: "Not in the catalogue: Stamps checks that it exists",
    });
  }
  return options;
}

/**
 * The one voucher-template picker: staff choose by name; the Stamps ID and value type show beside it.
 * Type to filter, arrows to move, Enter to choose, Escape to close.
 */
export function VoucherTemplatePicker({
  id,
  value,
  onChange,
  onBlur,
  disabled,
  invalid,
  allowUnknownId = false,
  "aria-describedby": describedBy,
}: {
  id?: string;
  /** Set by FormControl. */
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
  value: number | null;
  onChange: (template: PickedTemplate) => void;
  onBlur?: () => void;
  disabled?: boolean;
  invalid?: boolean;
  /** Let a typed number stand for a template nobody has recorded yet. */
  allowUnknownId?: boolean;
}) {
  const merchant = useMerchant();
  const templates = api.voucherTemplates.find.useQuery({ merchantId: merchant.id });
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();

  const all = templates.data ?? [];
  // A typed ID is offered as unknown only once the catalogue is in: before that, Enter would take "3" for a template
  // nobody recorded while the catalogue names it.
  const options = optionsFor(all, query, allowUnknownId && !templates.isPending);
  const chosen = all.find((template) => template.stampsTemplateId === value);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    onChange(option);
    setOpen(false);
    setQuery("");
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((current) => Math.min(current + 1, options.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(options[active]);
    }
  };

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) onBlur?.();
        setActive(0);
      }}
    >
      <PopoverTrigger asChild>
        <Button
          id={id}
          type="button"
          variant="outline"
          role="combobox"
          aria-expanded={open}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          disabled={disabled}
          className="h-auto min-h-9 w-full justify-between py-1.5 font-normal"
        >
          {value ? (
            <span className="grid min-w-0 text-left">
              <span className="truncate">{chosen?.name ?? `Template ${value}`}</span>
              <span className="text-xs text-muted-foreground">
                ID {value}
                {chosen?.source === "ADMIN" ? ` · ${VALUE_TYPE_LABELS[chosen.valueType]}` : ""}
              </span>
            </span>
          ) : (
            <span className="text-muted-foreground">Choose a voucher template…</span>
          )}
          <ChevronsUpDown className="opacity-50" aria-hidden />
        </Button>
      </PopoverTrigger>
      {/* Closes at once: while a fade-out ran, a second "voucher templates" combobox lingered for screen readers. */}
      <PopoverContent
        align="start"
        className="w-(--radix-popover-trigger-width) min-w-72 p-2 data-[state=closed]:animate-none"
      >
        {open ? (
          <>
            <Input
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              placeholder={allowUnknownId ? "Search by name, or type a template ID" : "Search by name or ID"}
              aria-label="Search voucher templates"
              role="combobox"
              aria-controls={listId}
              aria-expanded
              aria-activedescendant={options[active] ? `${listId}-${options[active].key}` : undefined}
              autoComplete="off"
              autoFocus
            />
            <ul id={listId} role="listbox" aria-label="Voucher templates" className="mt-2 max-h-64 overflow-y-auto">
              {templates.isPending ? <li className="p-2 text-sm text-muted-foreground">Loading templates…</li> : null}
              {templates.isError ? (
                <li role="alert" className="p-2 text-sm text-destructive">
                  {getErrorMessage(templates.error)}
                </li>
              ) : null}
              {templates.isSuccess && options.length === 0 ? (
                <li className="p-2 text-sm text-muted-foreground">
                  {all.length === 0
                    ? "No templates in the catalogue yet. An admin adds them in Settings → Voucher templates."
                    : "No template matches. An admin can add it in Settings → Voucher templates."}
                </li>
              ) : null}
              {options.map((option, index) => (
                <li
                  key={option.key}
                  id={`${listId}-${option.key}`}
                  role="option"
                  aria-selected={option.stampsTemplateId === value}
                  onMouseEnter={() => setActive(index)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                  className={cn(
                    "flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5",
                    index === active && "bg-accent text-accent-foreground",
                  )}
                >
                  <span className="grid min-w-0 flex-1">
                    <span className="truncate text-sm">{option.name ?? `Template ${option.stampsTemplateId}`}</span>
                    <span className="text-xs text-muted-foreground">{option.hint}</span>
                  </span>
                  {option.stampsTemplateId === value ? <Check className="size-4" aria-hidden /> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </PopoverContent>
    </Popover>
  );
}
