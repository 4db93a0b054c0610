/**
 * Normalises a phone number to E.164, reading Indonesian local forms: "+6281111111",
 * "6281111111", "081111111" and "+62 0811-111-11" are all "+6281111111". Returns null for
 * anything that is not written as a phone number (a bare "8111" could be an id or a card).
 */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, "");
  let digits: string;
  if (/^\+\d+$/.test(compact)) digits = compact.slice(1);
  else if (/^62\d+$/.test(compact)) digits = compact;
  else if (/^0\d+$/.test(compact)) digits = `62${compact.slice(1)}`;
  else return null;

  if (digits.startsWith("620")) digits = `62${digits.slice(3)}`;
  return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;
}

/** The digit strings a person might start typing for a stored E.164 number. */
export function phoneSearchForms(e164: string): string[] {
  const digits = e164.replace(/\D/g, "");
  if (!digits.startsWith("62")) return [digits];
  const national = digits.slice(2);
  return [digits, `0${national}`, national];
}
