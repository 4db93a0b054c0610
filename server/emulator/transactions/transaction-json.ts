import type { TransactionRow } from "./transaction-store";
import { STATUS_CANCELED, STATUS_OPEN } from "./transaction-store";

type Summary = Pick<TransactionRow, "id" | "totalValue" | "numberOfPeople" | "discount" | "stampsEarned">;

/** `transaction` of transactions/add and add-or-update. */
export function transactionSummaryJson(row: Summary) {
  return {
    stamps_earned: row.stampsEarned,
    id: row.id,
    value: row.totalValue,
    number_of_people: row.numberOfPeople,
    discount: row.discount,
  };
}

/** Status text as the documents show it: "Created" (details), "Canceled" (cancel). */
export function statusText(status: number): string {
  if (status === STATUS_CANCELED) return "Canceled";
  if (status === STATUS_OPEN) return "Open";
  return "Created";
}

export const CHANNEL_TEXT: Readonly<Record<number, string>> = {
  1: "Mobile App",
  2: "POS",
  3: "Kiosk",
  4: "Web",
  5: "Android",
  6: "iOS",
  7: "Call Center",
  8: "GrabFood",
  9: "GoFood",
};

/** Unix seconds, as the details and by-user responses show `created`. */
export function unixSeconds(timestamp: string): number {
  return Math.floor(new Date(timestamp).getTime() / 1000);
}
