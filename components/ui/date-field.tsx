"use client";

import { CalendarDays } from "lucide-react";
import * as React from "react";
import { Calendar } from "@/components/ui/calendar";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { DAY_MONTH_YEAR_HINT, formatDayMonthYear, parseDayMonthYear } from "@/lib/day-month-year";
import { cn } from "@/lib/utils";

type DateFieldProps = Omit<
  React.ComponentProps<"input">,
  "value" | "defaultValue" | "onChange" | "type" | "min" | "max"
> & {
  /** An ISO date (2026-12-02), "" for none, or (in a form) text the field could not read. */
  value: string | null | undefined;
  onChange: (value: string) => void;
  /** ISO dates the calendar keeps to. */
  min?: string;
  max?: string;
  /**
   * "report" (filters): the field says itself what is wrong with the text and hands on only dates.
   * "pass" (forms): it hands on the text it could not read, so the form's schema refuses it with the same sentence.
   */
  invalid?: "report" | "pass";
};

function localToday() {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The app's one date field: day/month/year text whatever the browser's language (a native date input shows
 * mm/dd/yyyy in an en-US browser), with a calendar beside it. Hands the form the same ISO date a native input would.
 */
export function DateField({
  value,
  onChange,
  min,
  max,
  invalid = "report",
  className,
  disabled,
  onBlur,
  id,
  ref,
  ...props
}: DateFieldProps) {
  const current = value ?? "";
  const [text, setText] = React.useState(() => formatDayMonthYear(current));
  const [seen, setSeen] = React.useState(current);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [open, setOpen] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const calendar = React.useRef<HTMLDivElement>(null);
  // A form library's ref (react-hook-form focuses the field on an error) and ours, on the one input.
  const setInput = React.useCallback(
    (element: HTMLInputElement | null) => {
      input.current = element;
      if (typeof ref === "function") ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  const fallbackId = React.useId();
  const inputId = id ?? fallbackId;
  const problemId = `${inputId}-problem`;

  // The value changed from outside (a reset, "Clear filters", Back): show it unless the text already says it.
  if (seen !== current) {
    setSeen(current);
    const parsed = parseDayMonthYear(text);
    if (!(parsed.ok && parsed.iso === current) && text !== current) {
      setText(formatDayMonthYear(current));
      setProblem(null);
    }
  }

  const hand = (next: string) => {
    setSeen(next);
    onChange(next);
  };

  const type = (nextText: string) => {
    setText(nextText);
    const parsed = parseDayMonthYear(nextText);
    if (parsed.ok) {
      setProblem(null);
      if (parsed.iso !== current) hand(parsed.iso);
    } else if (invalid === "pass" && nextText !== current) {
      hand(nextText);
    }
  };

  const check = () => {
    const parsed = parseDayMonthYear(text);
    if (parsed.ok) {
      if (parsed.iso) setText(formatDayMonthYear(parsed.iso));
    } else if (invalid === "report") {
      setProblem(parsed.message);
    }
  };

  const shownProblem = invalid === "report" ? problem : null;
  const describedBy = [props["aria-describedby"], shownProblem ? problemId : null].filter(Boolean).join(" ");

  return (
    <div className={cn("grid gap-1.5", className)}>
      <div className="relative">
        <Input
          {...props}
          ref={setInput}
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={DAY_MONTH_YEAR_HINT}
          disabled={disabled}
          value={text}
          className="pr-10 tabular-nums"
          aria-invalid={props["aria-invalid"] ?? (shownProblem ? true : undefined)}
          aria-describedby={describedBy || undefined}
          onChange={(event) => type(event.target.value)}
          onBlur={(event) => {
            check();
            onBlur?.(event);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") check();
            if (event.key === "ArrowDown" && event.altKey) {
              event.preventDefault();
              setOpen(true);
            }
            props.onKeyDown?.(event);
          }}
        />
        <Popover open={open} onOpenChange={setOpen}>
          <PopoverTrigger asChild>
            <button
              type="button"
              disabled={disabled}
              aria-label="Open calendar"
              className="absolute inset-y-0 right-0 flex w-9 items-center justify-center rounded-r-md text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:opacity-50"
            >
              <CalendarDays className="size-4" aria-hidden />
            </button>
          </PopoverTrigger>
          <PopoverContent
            align="end"
            ref={calendar}
            className="w-auto p-3"
            onOpenAutoFocus={(event) => {
              // Start on the chosen day (or today), as the date picker pattern does, not on "Previous month".
              event.preventDefault();
              calendar.current?.querySelector<HTMLButtonElement>('button[data-day][tabindex="0"]')?.focus();
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              input.current?.focus();
            }}
          >
            <Calendar
              selected={parseDayMonthYear(text).ok ? current : ""}
              today={localToday()}
              min={min}
              max={max}
              onSelect={(iso) => {
                setText(formatDayMonthYear(iso));
                setProblem(null);
                if (iso !== current) hand(iso);
                setOpen(false);
              }}
            />
          </PopoverContent>
        </Popover>
      </div>
      {shownProblem ? (
        <p id={problemId} role="alert" className="text-sm text-destructive">
          {shownProblem}
        </p>
      ) : null}
    </div>
  );
}
