"use client";

import * as React from "react";
import { DateField } from "@/components/ui/date-field";
import { Input } from "@/components/ui/input";
import { parseDayMonthYear } from "@/lib/day-month-year";
import { HOUR_MINUTE_HINT, parseHourMinute, splitDateTime } from "@/lib/hour-minute";
import { cn } from "@/lib/utils";

type DateTimeFieldProps = Omit<
  React.ComponentProps<"input">,
  "value" | "defaultValue" | "onChange" | "type" | "min" | "max"
> & {
  /** A wall-clock date and time as a datetime-local input gives it (2026-12-02T19:45), "" for none. */
  value: string | null | undefined;
  onChange: (value: string) => void;
  /** The time box's accessible name; the field's own label names the date box. */
  timeLabel?: string;
};

/**
 * The app's date-and-time field: the day/month/year DateField beside a 24-hour hh:mm box (a datetime-local input
 * shows mm/dd/yyyy and AM/PM in an en-US browser). Hands the form the value a datetime-local input would, or the
 * text it could not read, so the form's schema refuses it with a sentence (lib/hour-minute.ts).
 */
export function DateTimeField({
  value,
  onChange,
  timeLabel = "Time (24-hour)",
  className,
  disabled,
  onBlur,
  id,
  ref,
  ...props
}: DateTimeFieldProps) {
  const current = value ?? "";
  const { date, time } = splitDateTime(current);
  const [timeText, setTimeText] = React.useState(time);
  const [seenTime, setSeenTime] = React.useState(time);
  const fallbackId = React.useId();
  const dateId = id ?? fallbackId;

  // The time changed from outside (a reset, a restored draft): show it unless the text already says it.
  if (seenTime !== time) {
    setSeenTime(time);
    const parsed = parseHourMinute(timeText);
    if (!(parsed.ok && parsed.time === time) && timeText !== time) setTimeText(time);
  }

  const hand = (nextDate: string, nextTime: string) => {
    setSeenTime(nextTime);
    onChange(`${nextDate}T${nextTime}`);
  };

  const typeTime = (text: string) => {
    setTimeText(text);
    const parsed = parseHourMinute(text);
    const next = parsed.ok ? parsed.time : text;
    if (next !== time) hand(date, next);
  };

  // With the form's error showing, mark the half that is wrong (both when neither reads wrong on its own).
  const formInvalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  const dateWrong = date !== "" && !parseDayMonthYear(date).ok;
  const timeWrong = !parseHourMinute(timeText).ok;
  const neither = !dateWrong && !timeWrong;
  const dateInvalid = formInvalid && (dateWrong || neither || date === "");
  const timeInvalid = formInvalid && (timeWrong || neither || timeText.trim() === "");

  return (
    <div className={cn("flex items-start gap-2", className)}>
      <DateField
        {...props}
        ref={ref}
        id={dateId}
        className="min-w-0 flex-1"
        disabled={disabled}
        value={date}
        invalid="pass"
        aria-invalid={dateInvalid || undefined}
        onChange={(nextDate) => hand(nextDate, time)}
        onBlur={onBlur}
      />
      <Input
        id={`${dateId}-time`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        aria-label={timeLabel}
        aria-describedby={props["aria-describedby"]}
        aria-invalid={timeInvalid || undefined}
        placeholder={HOUR_MINUTE_HINT}
        disabled={disabled}
        value={timeText}
        className="w-20 shrink-0 tabular-nums"
        onChange={(event) => typeTime(event.target.value)}
        onBlur={(event) => {
          const parsed = parseHourMinute(timeText);
          if (parsed.ok) setTimeText(parsed.time);
          onBlur?.(event);
        }}
      />
    </div>
  );
}
