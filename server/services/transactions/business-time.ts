/** Stamps sends `created` as Unix seconds. */
export function fromUnixSeconds(seconds: number | null): Date | null {
  return seconds === null ? null : new Date(seconds * 1000);
}

function wallClock(date: Date, timeZone: string) {
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
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    utcOfWallClock: Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  };
}

/** The merchant's calendar date of an instant: what Stamps' cancel calls the transaction's date. */
export function businessDate(date: Date | null, timeZone: string): string | null {
  return date ? wallClock(date, timeZone).date : null;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instant: number, timeZone: string) {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return Math.round((wallClock(new Date(wholeSecond), timeZone).utcOfWallClock - wholeSecond) / 60_000);
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
