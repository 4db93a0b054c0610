import { phoneSearchForms } from "./phone";

// Terms stored in member_search_terms and the query compared against them share one normaliser,
// so a prefix of what a person types is a prefix of a stored term.

export type SearchableMember = {
  name: string;
  email: string | null;
  phone: string | null;
  cardNumbers: readonly string[];
};

export function normalizeSearchText(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim().replace(/\s+/g, " ");
}

/**
 * Full name (so "steve rog" matches), every later name word (so "rogers" matches), email, the
 * phone in the forms people type it, and card numbers.
 */
export function memberSearchTerms(member: SearchableMember): string[] {
  const name = normalizeSearchText(member.name);
  const terms = [name, ...name.split(" ").slice(1)];
  if (member.email) terms.push(normalizeSearchText(member.email));
  if (member.phone) terms.push(...phoneSearchForms(member.phone));
  terms.push(...member.cardNumbers);
  return [...new Set(terms.filter((term) => term !== ""))];
}

/** Phone-looking queries ("+62 812-3") lose their punctuation to match the digit-only terms. */
export function normalizeSuggestionQuery(query: string): string {
  const text = normalizeSearchText(query);
  return /^\+?[\d\s\-().]+$/.test(text) ? text.replace(/\D/g, "") : text;
}
