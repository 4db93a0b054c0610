"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import * as React from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

const pad = (value: number) => String(value).padStart(2, "0");
const toIso = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const fromIso = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, days: number) => toIso(new Date(fromIso(iso).getTime() + days * 86_400_000));
function addMonths(iso: string, months: number) {
  const date = fromIso(iso);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toIso(target);
}

/** The six weeks (Monday first, as in en-GB) that show the month of `iso`. */
function weeksOf(iso: string) {
  const first = fromIso(`${iso.slice(0, 8)}01`);
  const start = toIso(new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000));
  return Array.from({ length: 6 }, (_, week) => Array.from({ length: 7 }, (_, day) => addDays(start, week * 7 + day)));
}

const KEY_STEPS: Record<string, (iso: string) => string> = {
  ArrowLeft: (iso) => addDays(iso, -1),
  ArrowRight: (iso) => addDays(iso, 1),
  ArrowUp: (iso) => addDays(iso, -7),
  ArrowDown: (iso) => addDays(iso, 7),
  PageUp: (iso) => addMonths(iso, -1),
  PageDown: (iso) => addMonths(iso, 1),
  Home: (iso) => addDays(iso, -((fromIso(iso).getUTCDay() + 6) % 7)),
  End: (iso) => addDays(iso, 6 - ((fromIso(iso).getUTCDay() + 6) % 7)),
};

/**
 * A month of days to pick one from (ISO dates in and out). Keyboard as in the WAI-ARIA date picker pattern:
 * arrows move by day and week, Page Up/Down by month, Home/End to the week's ends, Enter or Space picks.
 */
export function Calendar({
  selected,
  today,
  min,
  max,
  onSelect,
}: {
  selected: string;
  today: string;
  min?: string;
  max?: string;
  onSelect: (iso: string) => void;
}) {
  const [focused, setFocused] = React.useState(selected || today);
  const grid = React.useRef<HTMLDivElement>(null);
  const moved = React.useRef(false);
  const month = focused.slice(0, 7);
  const outOfRange = (iso: string) => Boolean((min && iso < min) || (max && iso > max));

  React.useEffect(() => {
    if (!moved.current) return;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused]);

  const move = (next: string) => {
    moved.current = true;
    setFocused(next);
  };
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const title = `${MONTHS[monthNumber - 1]} ${year}`;

  return (
    <div className="grid gap-2">
      <div className="flex items-center justify-between">
        <Button
          type="button"
          variant="ghost"
          size="icon-sm"
          aria-label="Previous month"
          onClick={() => setFocused(addMonths(focused, -1))}
        >
          <ChevronLeft aria-hidden />
        </Button>
        <p className="text-sm font-medium" aria-live="polite">
          {title}
        </p>
        <Button
          type="button"
          variant="ghost"
          size="icon-sm"
          aria-label="Next month"
          onClick={() => setFocused(addMonths(focused, 1))}
        >
          <ChevronRight aria-hidden />
        </Button>
      </div>
      <div
        ref={grid}
        role="grid"
        aria-label={title}
        className="grid gap-1"
        onKeyDown={(event) => {
          const step = KEY_STEPS[event.key];
          if (!step) return;
          event.preventDefault();
          move(step(focused));
        }}
      >
        <div role="row" className="grid grid-cols-7 gap-1">
          {WEEKDAYS.map((day) => (
            <span key={day} role="columnheader" className="text-center text-xs text-muted-foreground">
              {day}
            </span>
          ))}
        </div>
        {weeksOf(focused).map((week) => (
          <div key={week[0]} role="row" className="grid grid-cols-7 gap-1">
            {week.map((iso) => {
              const day = Number(iso.slice(8));
              const isSelected = iso === selected;
              return (
                <span key={iso} role="gridcell" aria-selected={isSelected}>
                  <button
                    type="button"
                    data-day={iso}
                    tabIndex={iso === focused ? 0 : -1}
                    disabled={outOfRange(iso)}
                    aria-label={`${day} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`}
                    aria-current={iso === today ? "date" : undefined}
                    className={cn(
                      "size-8 rounded-md text-sm tabular-nums outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:pointer-events-none disabled:opacity-30",
                      !iso.startsWith(month) && "text-muted-foreground/60",
                      iso === today && "font-semibold underline underline-offset-4",
                      isSelected && "bg-primary text-primary-foreground hover:bg-primary/90",
                    )}
                    onClick={() => onSelect(iso)}
                  >
                    {day}
                  </button>
                </span>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
