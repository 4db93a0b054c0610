/**
 * The stable key of one campaign row, written into the voucher's notes so that a voucher issued by a call whose
 * answer was lost can be found again: `[c42/r1307]`. Stamps has no idempotency key; this is ours.
 */
export function operationKey(campaignId: number, rowNumber: number): string {
  return `[c${campaignId}/r${rowNumber}]`;
}

/** The notes sent with the voucher: the row's (or campaign's) notes, then the key; just the key when there are none. */
export function voucherNotes(notes: string | null | undefined, campaignId: number, rowNumber: number): string {
  const key = operationKey(campaignId, rowNumber);
  const text = notes?.trim();
  return text ? `${text} ${key}` : key;
}

const KEY_PATTERN = /\[c(\d+)\/r(\d+)\]\s*$/;

/** The campaign and row a voucher was issued for, read from its notes (the key is at the end); null when none. */
export function parseOperationKey(notes: string | null | undefined): { campaignId: number; rowNumber: number } | null {
  if (!notes) return null;
  const match = KEY_PATTERN.exec(notes);
  if (!match) return null;
  const campaignId = Number(match[1]);
  const rowNumber = Number(match[2]);
  if (!Number.isSafeInteger(campaignId) || !Number.isSafeInteger(rowNumber) || campaignId < 1 || rowNumber < 1) {
    return null;
  }
  return { campaignId, rowNumber };
}

/** Whether these notes carry exactly this row's key (not a longer number that starts the same). */
export function notesHaveKey(notes: string | null | undefined, campaignId: number, rowNumber: number): boolean {
  return notes?.includes(operationKey(campaignId, rowNumber)) ?? false;
}
