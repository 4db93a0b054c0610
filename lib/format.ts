import { wallClock } from "./merchant-time";

const rupiah = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });
const number = new Intl.NumberFormat("id-ID");

/** Rp 25.000 */
export function formatRupiah(value: number) {
  return rupiah.format(value).replace(/\u00a0/g, " ");
}

/** 1.250 */
export function formatNumber(value: number) {
  return number.format(value);
}

// English month names like the rest of the UI (en-GB order, no leading zero: 2 Dec 2026, as Intl writes it in the
// charts); numbers and money stay Indonesian.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A calendar date from Stamps ("2000-09-15") as 15 Sep 2000; no time zone applies to it. */
export function formatDate(isoDate: string | null | undefined) {
  if (!isoDate) return "—";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** An instant in the merchant's time zone, English style like the rest of the UI: 22 Nov 2026, 14:05 */
export function formatDateTime(value: Date | string, timeZone = "Asia/Jakarta") {
  const clock = wallClock(typeof value === "string" ? new Date(value) : value, timeZone);
  return `${Number(clock.day)} ${MONTHS[Number(clock.month) - 1]} ${clock.year}, ${clock.hour}:${clock.minute}`;
}
