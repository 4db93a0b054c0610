// The app's one way to write a calendar date in a field: day, month, year (02/12/2026), whatever the
// browser's language. Forms and procedures still exchange ISO dates (2026-12-02).

export const DAY_MONTH_YEAR_HINT = "dd/mm/yyyy";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// 2/12/2026, 02-12-2026, 02.12.2026, 02 12 2026, or 02122026 from a phone's number pad.
const TYPED = /^(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

const pad = (value: number) => String(value).padStart(2, "0");

export function isIsoDate(value: string) {
  return ISO.test(value);
}

function realDate(year: number, month: number, day: number) {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1000) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-12-02" as 02/12/2026; anything that is not an ISO date comes back as it is. */
export function formatDayMonthYear(iso: string) {
  const match = ISO.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string };

/** What a person typed into a date field, read as day/month/year; empty text is no date (iso ""). */
export function parseDayMonthYear(text: string): ParsedDate {
  const typed = text.trim();
  if (typed === "") return { ok: true, iso: "" };
  // A pasted ISO date is unambiguous, so take it too.
  const iso = ISO.exec(typed);
  const parts = iso ? [iso[3], iso[2], iso[1]] : (TYPED.exec(typed) ?? DIGITS.exec(typed))?.slice(1, 4);
  if (!parts) return { ok: false, message: `Write the date as ${DAY_MONTH_YEAR_HINT}, e.g. 02/12/2026` };
  const [day, month, year] = parts.map(Number) as [number, number, number];
  const date = realDate(year, month, day);
  if (!date) return { ok: false, message: `${typed} is not a date` };
  return { ok: true, iso: date };
}

/** The sentence for a date field's value that is not an ISO date (the field passes on text it could not read). */
export function dateProblem(input: unknown) {
  const parsed = typeof input === "string" ? parseDayMonthYear(input) : null;
  return parsed && !parsed.ok ? parsed.message : `Write the date as ${DAY_MONTH_YEAR_HINT}, e.g. 02/12/2026`;
}
