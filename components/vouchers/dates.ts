/** Today (YYYY-MM-DD) in the merchant's time zone: what Stamps' voucher dates mean. */
export function todayIn(timeZone: string, now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
