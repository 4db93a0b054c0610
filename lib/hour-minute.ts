// The app's one way to write a time of day in a field: 24-hour hh:mm (19:45), whatever the browser's language.
// With a date it makes the wall-clock value a datetime-local input gives: 2026-12-02T19:45.
import { DAY_MONTH_YEAR_HINT, isIsoDate, parseDayMonthYear } from "@/lib/day-month-year";

export const HOUR_MINUTE_HINT = "hh:mm";

// 19:45, 9:05, 19.45 or 1945 from a phone's number pad.
const TYPED = /^(\d{1,2})\s*[:.]\s*(\d{2})$/;
const DIGITS = /^(\d{2})(\d{2})$/;
const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;

export type ParsedTime = { ok: true; time: string } | { ok: false; message: string };

/** What a person typed into a time box, read as 24-hour hours and minutes; empty text is no time ("" ). */
export function parseHourMinute(text: string): ParsedTime {
  const typed = text.trim();
  if (typed === "") return { ok: true, time: "" };
  const parts = (TYPED.exec(typed) ?? DIGITS.exec(typed))?.slice(1, 3);
  if (!parts) return { ok: false, message: `Write the time as ${HOUR_MINUTE_HINT} (24-hour), e.g. 19:45` };
  const [hours, minutes] = parts.map(Number) as [number, number];
  if (hours > 23 || minutes > 59) return { ok: false, message: `${typed} is not a time of day; use 00:00 to 23:59` };
  return { ok: true, time: `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}` };
}

/** A wall-clock date and time as a datetime-local input gives it: 2026-12-02T19:45 (hours 00 to 23). */
export function isDateTimeLocal(value: string) {
  const [date, time, ...rest] = value.split("T");
  return rest.length === 0 && date !== undefined && isIsoDate(date) && time !== undefined && HOUR_MINUTE.test(time);
}

/** The date and the time a date-and-time field holds; the field passes on text it could not read. */
export function splitDateTime(value: string): { date: string; time: string } {
  const at = value.indexOf("T");
  return at < 0 ? { date: value, time: "" } : { date: value.slice(0, at), time: value.slice(at + 1) };
}

/** The sentence for a date-and-time value that is not one: which half is wrong, and how to write it. */
export function dateTimeProblem(input: unknown) {
  if (typeof input !== "string") return "Enter the date and time";
  const { date, time } = splitDateTime(input);
  if (date.trim() === "") return `Enter the date as ${DAY_MONTH_YEAR_HINT}`;
  const parsedDate = parseDayMonthYear(date);
  if (!parsedDate.ok) return parsedDate.message;
  if (time.trim() === "") return `Enter the time as ${HOUR_MINUTE_HINT} (24-hour)`;
  const parsedTime = parseHourMinute(time);
  if (!parsedTime.ok) return parsedTime.message;
  return "Enter the date and time";
}
