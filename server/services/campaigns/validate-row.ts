import type { TColumnMapping } from "@/lib/schemas/campaigns";

export type TRowRules = {
  mapping: TColumnMapping;
  /** Header cells, to name the column a problem is in. */
  headers: string[];
  templateValueType: "FIXED" | "DYNAMIC";
  /** YYYY-MM-DD: a row may not start before the campaign does. */
  campaignStartDate: string;
  defaultValue: number | null;
};

export type TValidatedRow = {
  identifier: string | null;
  quantity: number | null;
  value: number | null;
  notes: string | null;
  startDate: string | null;
  /** Why the row cannot be issued, in plain words; null when it can. */
  problem: string | null;
};

export const MAX_QUANTITY = 1_000;
export const MAX_VALUE = 1_000_000_000;
export const MAX_NOTES = 200;

type Parsed<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string };

const EXCEL_NUMBER = /^[+-]?\d+(?:[.,]\d+)?e\+?\d+$/i;
const EMAIL = /^[^\s@",;<>]+@[^\s@",;<>]+\.[^\s@",;<>]{2,}$/;
// trim() also drops the no-break spaces and BOMs that cells copied out of web pages and spreadsheets carry.
const clean = (cell: string | undefined) => (cell === undefined ? "" : cell.trim());
const cellAt = (cells: string[], index: number | null) => (index === null ? "" : (cells[index] ?? ""));

/** Normalises an Indonesian phone number to +62…: `0812…`, `62812…`, `+62 812-…`; null when it is not written as one. */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, "");
  let digits: string;
  if (/^\+\d+$/.test(compact)) digits = compact.slice(1);
  else if (/^62\d{8,13}$/.test(compact)) digits = compact;
  else if (/^0\d{8,13}$/.test(compact)) digits = `62${compact.slice(1)}`;
  else return null;
  if (digits.startsWith("620")) digits = `62${digits.slice(3)}`;
  return digits.length >= 9 && digits.length <= 15 ? `+${digits}` : null;
}

/** The member identifier as Stamps takes it: email lower-cased, phone as +62…, card number or Stamps ID as written. */
export function parseIdentifier(cell: string, column: string): Parsed<string> {
  // Zero-width spaces come along from web pages; "'" is how Sheets is told to keep a number as text.
  const raw = clean(cell)
    .replace(/[\u200b-\u200d]/g, "")
    .replace(/^'/, "");
  if (raw === "") return { problem: `No member: the ${column} column is empty` };
  if (EXCEL_NUMBER.test(raw)) {
    const kind = /^\+?(6[.,]2|8[.,])/.test(raw) ? "a phone number" : "a number";
    return {
      problem: `${raw} is ${kind} Excel turned into a number (its last digits are lost); format the ${column} column as text and export again`,
    };
  }
  if (raw.includes("@")) {
    return EMAIL.test(raw) ? { value: raw.toLowerCase() } : { problem: `"${raw}" is not a valid email address` };
  }
  if (raw.startsWith("+") || /^\(?(0|62)[\d\s\-().]+$/.test(raw)) {
    const phone = normalizePhone(raw);
    if (phone) return { value: phone };
    if (raw.startsWith("+") || /[\s\-()]/.test(raw)) return { problem: `"${raw}" is not a valid phone number` };
  }
  const compact = /^[\d\s]+$/.test(raw) ? raw.replace(/\s/g, "") : raw;
  // Card numbers and member IDs carry digits; a lone word is more likely a name in the wrong column.
  if (/^[\p{L}\p{N}][\p{L}\p{N}\-_./]{0,63}$/u.test(compact) && /\d/.test(compact)) return { value: compact };
  return { problem: `"${raw}" is not an email, phone number, card number or member ID` };
}

function parseQuantity(cell: string): Parsed<number | null> {
  const raw = clean(cell);
  if (raw === "") return { value: null };
  const match = /^(\d+)(?:[.,]0+)?$/.exec(raw);
  if (!match) return { problem: `Quantity "${raw}" is not a whole number` };
  const quantity = Number(match[1]);
  if (quantity < 1) return { problem: `Quantity must be at least 1, not ${raw}` };
  if (quantity > MAX_QUANTITY)
    return { problem: `Quantity ${raw} is more than ${MAX_QUANTITY.toLocaleString("en")} vouchers for one member` };
  return { value: quantity };
}

function parseValue(cell: string): Parsed<number | null> {
  const raw = clean(cell);
  const text = raw.replace(/^(rp\.?|idr)\s*/i, "").replace(/\s/g, "");
  if (text === "") return { value: null };
  let value: number;
  if (/^\d+$/.test(text)) value = Number(text);
  else if (/^\d{1,3}(\.\d{3})+$/.test(text) || /^\d{1,3}(,\d{3})+$/.test(text))
    value = Number(text.replace(/[.,]/g, ""));
  else if (/^\d+[.,]0{1,2}$/.test(text)) value = Number(text.split(/[.,]/)[0]);
  else if (/^\d+[.,]\d{1,2}$/.test(text)) return { problem: `Value ${raw} has cents; use whole rupiah` };
  else if (EXCEL_NUMBER.test(text))
    return {
      problem: `Value ${raw} is a number Excel wrote in scientific notation; format the column as a number and export again`,
    };
  else return { problem: `Value "${raw}" is not an amount of rupiah` };
  if (value <= 0) return { problem: `Value must be more than 0, not ${raw}` };
  if (value > MAX_VALUE) return { problem: `Value ${raw} is more than Rp ${MAX_VALUE.toLocaleString("en")}` };
  return { value };
}

function parseStartDate(cell: string, campaignStartDate: string): Parsed<string | null> {
  const raw = clean(cell);
  if (raw === "") return { value: null };
  let parts: [string, string, string] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  if (iso) parts = [iso[1]!, iso[2]!, iso[3]!];
  else if (dmy) parts = [dmy[3]!, dmy[2]!, dmy[1]!];
  if (!parts) {
    if (/^\d{5}(\.\d+)?$/.test(raw)) {
      return {
        problem: `Start date ${raw} is a date Excel turned into a number; format the column as a date (YYYY-MM-DD) and export again`,
      };
    }
    return { problem: `Start date "${raw}" is not a date; use YYYY-MM-DD or DD/MM/YYYY` };
  }
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { problem: `Start date "${raw}" does not exist in the calendar` };
  }
  const value = date.toISOString().slice(0, 10);
  if (value < campaignStartDate) {
    return { problem: `Start date ${value} is before the campaign starts (${campaignStartDate})` };
  }
  return { value };
}

const columnName = (rules: TRowRules, index: number, fallback: string) => {
  const header = clean(rules.headers[index]);
  return header === "" ? fallback : `"${header}"`;
};

/** Reads one data row by the mapping; `problem` names the first thing that keeps it from being issued. */
export function validateRow(cells: string[], rules: TRowRules): TValidatedRow {
  const { mapping } = rules;
  const identifier = parseIdentifier(
    cellAt(cells, mapping.identifier),
    columnName(rules, mapping.identifier, "member"),
  );
  const quantity = parseQuantity(cellAt(cells, mapping.quantity));
  const value = parseValue(cellAt(cells, mapping.value));
  const startDate = parseStartDate(cellAt(cells, mapping.startDate), rules.campaignStartDate);
  const notesText = clean(cellAt(cells, mapping.notes));
  let problem = identifier.problem ?? quantity.problem ?? value.problem ?? startDate.problem ?? null;
  if (!problem && notesText.length > MAX_NOTES)
    problem = `Notes are longer than ${MAX_NOTES} characters (${notesText.length})`;
  if (!problem && rules.templateValueType === "DYNAMIC" && value.value == null && rules.defaultValue === null) {
    problem =
      "No value: this voucher template needs one for each member; fill in the value column or set a default value on the campaign";
  }
  return {
    identifier: identifier.value ?? null,
    quantity: quantity.value ?? null,
    value: value.value ?? null,
    notes: notesText === "" ? null : notesText,
    startDate: startDate.value ?? null,
    problem,
  };
}

/** Problems found across rows: the same member twice in one file, or already given a voucher by this campaign. */
export const duplicateProblem = (firstRow: number) => `Same member as row ${firstRow}; only that row is issued`;
export const alreadyIssuedProblem = (row: number) => `Already given a voucher by this campaign (row ${row})`;
export const memberNotFoundProblem = (identifier: string) => `Stamps has no member ${describeIdentifier(identifier)}`;

export function describeIdentifier(identifier: string) {
  if (identifier.includes("@")) return `with the email ${identifier}`;
  if (identifier.startsWith("+")) return `with the phone number ${identifier}`;
  return `with the card number or member ID ${identifier}`;
}

/**
 * The reasons a row is skipped, as the summary counts them: each a set of SQL LIKE patterns over the stored problem
 * (matched in SQL by the summary and in code by skipReasonOf); the first that matches wins.
 */
export const SKIP_REASONS = [
  { kind: "duplicate", label: "Same member twice in the file", like: ["Same member as row %"] },
  { kind: "alreadyIssued", label: "Already given a voucher by this campaign", like: ["Already given a voucher%"] },
  { kind: "memberNotFound", label: "Not a member in Stamps", like: ["Stamps has no member%"] },
  {
    kind: "excel",
    label: "Numbers changed by Excel",
    like: ["%Excel turned into a number%", "%Excel wrote in scientific%"],
  },
  {
    kind: "identifier",
    label: "Member missing or unreadable",
    like: ["No member:%", "%is not a valid email%", "%is not a valid phone%", "%is not an email, phone%"],
  },
  { kind: "missingValue", label: "Value missing", like: ["No value:%"] },
  { kind: "number", label: "Quantity or value not usable", like: ["Quantity %", "Value %"] },
  { kind: "date", label: "Start date not usable", like: ["Start date %"] },
  { kind: "notes", label: "Notes too long", like: ["Notes %"] },
] as const;

export type TSkipReasonKind = (typeof SKIP_REASONS)[number]["kind"] | "leftOut";

function matchesLike(text: string, pattern: string) {
  const inner = pattern.replace(/^%|%$/g, "");
  if (pattern.startsWith("%") && pattern.endsWith("%")) return text.includes(inner);
  if (pattern.endsWith("%")) return text.startsWith(inner);
  return text === pattern;
}

/** Which kind of reason a stored problem is ("leftOut" for anything else, such as rows staff left out). */
export function skipReasonOf(problem: string | null): TSkipReasonKind {
  if (problem === null) return "leftOut";
  return SKIP_REASONS.find((reason) => reason.like.some((pattern) => matchesLike(problem, pattern)))?.kind ?? "leftOut";
}

/**
 * Validates a file's rows in order: each row on its own, then against the rows before it (the same member twice:
 * the first is kept) and against rows this campaign already holds from an earlier file (`earlier`: identifier →
 * that row's number and whether it was issued).
 */
export function createRowChecker(
  rules: TRowRules,
  earlier = new Map<string, { rowNumber: number; issued: boolean }>(),
) {
  const seen = new Map<string, number>();
  return (rowNumber: number, cells: string[]): TValidatedRow => {
    const row = validateRow(cells, rules);
    if (row.problem !== null || row.identifier === null) return row;
    const before = earlier.get(row.identifier);
    if (before) {
      row.problem = before.issued ? alreadyIssuedProblem(before.rowNumber) : duplicateProblem(before.rowNumber);
      return row;
    }
    const first = seen.get(row.identifier);
    if (first !== undefined) row.problem = duplicateProblem(first);
    else seen.set(row.identifier, rowNumber);
    return row;
  };
}
