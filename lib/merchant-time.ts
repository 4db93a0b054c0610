// Dates and times where the merchant is. Isomorphic: forms fill in "today" and "now" with these, the
// server dates Stamps' instants with them, and both show instants through formatDateTime.

/** Stamps sends `created` as Unix seconds. */
export function fromUnixSeconds(seconds: number | null): Date | null {
  return seconds === null ? null : new Date(seconds * 1000);
}

/** An instant read off the wall clock in `timeZone`, as zero-padded parts. */
export function wallClock(date: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;
  return { ...parts, date: `${parts.year}-${parts.month}-${parts.day}` };
}

/** Today (YYYY-MM-DD) in the merchant's time zone: what Stamps' voucher dates mean. */
export function todayIn(timeZone: string, now = new Date()) {
  return wallClock(now, timeZone).date;
}

/** Now on the merchant's wall clock, as a datetime-local field shows it: 2026-05-01T10:00. */
export function nowInZone(timeZone: string, now = new Date()) {
  const clock = wallClock(now, timeZone);
  return `${clock.date}T${clock.hour}:${clock.minute}`;
}

/** The merchant's calendar date of an instant: what Stamps' cancel calls the transaction's date. */
export function businessDate(date: Date | null, timeZone: string): string | null {
  return date ? wallClock(date, timeZone).date : null;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instant: number, timeZone: string) {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  const clock = wallClock(new Date(wholeSecond), timeZone);
  const utcOfWallClock = Date.UTC(
    Number(clock.year),
    Number(clock.month) - 1,
    Number(clock.day),
    Number(clock.hour),
    Number(clock.minute),
    Number(clock.second),
  );
  return Math.round((utcOfWallClock - wholeSecond) / 60_000);
}

/**
 * "2026-05-01T10:00" read as the merchant's wall clock, written as Stamps wants it: 2026-05-01T10:00:00+07:00.
 * Returns the instant too, so callers can check it.
 */
export function wallClockToStamps(local: string, timeZone: string): { iso: string; instant: Date } {
  const [datePart = "", timePart = ""] = local.split("T");
  const [year, month, day] = datePart.split("-").map(Number);
  const [hour, minute] = timePart.split(":").map(Number);
  const asUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  let offset = offsetMinutes(asUtc, timeZone);
  offset = offsetMinutes(asUtc - offset * 60_000, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (value: number) => String(value).padStart(2, "0");
  return {
    iso: `${datePart}T${timePart}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
    instant: new Date(asUtc - offset * 60_000),
  };
}
