// Stamps keeps invoice numbers unique per store per *business day*, the calendar day of the
// merchant's time zone; a POS timestamp is turned into that day here.

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export const INVALID_DATE_TIME =
  "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";

const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions) {
  let formatter = map.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, ...options });
    map.set(timeZone, formatter);
  }
  return formatter;
}

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function businessDate(instant: Date, timeZone: string): string {
  return cached(dateFormatters, timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** Whether `text` is an ISO 8601 date-time as DRF's DateTimeField reads it ("2013-02-15T13:01:01+07" too). */
export function isIsoDateTime(text: string): boolean {
  return parseParts(text) !== null;
}

/**
 * The instant an ISO 8601 date-time names. Without an offset the time is read in `timeZone`, as
 * Django reads naive datetimes in the current time zone.
 */
export function parseIsoDateTime(text: string, timeZone: string): Date {
  const parts = parseParts(text);
  if (!parts) throw new Error(`Not an ISO 8601 date-time: ${text}`);
  const { wallClockMs, offsetMinutes } = parts;
  if (offsetMinutes !== null) return new Date(wallClockMs - offsetMinutes * 60_000);
  // The zone's offset at the guessed instant; a second pass settles the hour around DST changes.
  let instant = wallClockMs - zoneOffsetMs(wallClockMs, timeZone);
  instant = wallClockMs - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

function parseParts(text: string): { wallClockMs: number; offsetMinutes: number | null } | null {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = "0", fraction = "", zone] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  const wallClockMs = Date.UTC(y, mo - 1, d, h, mi, s, Math.floor(Number(`0.${fraction || "0"}`) * 1000));
  const check = new Date(wallClockMs);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return { wallClockMs, offsetMinutes: zone === undefined ? null : offsetMinutesOf(zone) };
}

function offsetMinutesOf(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0");
  return zone.startsWith("-") ? -minutes : minutes;
}

function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const formatter = cached(partsFormatters, timeZone, {
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const parts = formatter.formatToParts(instantMs);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    value("year"),
    value("month") - 1,
    value("day"),
    value("hour"),
    value("minute"),
    value("second"),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** DateTime columns hold Prisma's text form, so raw writes use it too. */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
