import { z } from "zod";
import { isTooDeep, JSON_TOO_DEEP } from "./limits";
import { FIELD_BLANK, FIELD_REQUIRED, INVALID_INTEGER } from "./validation";

// JSON / form body fields read the way DRF's serializer fields read them, with DRF's messages.
// Form bodies carry every value as a string, so numbers and booleans also accept their text.
// A null or empty optional field counts as absent (POS clients send "channel": null, "invoice_number": "").

export const FIELD_NULL = "This field may not be null.";
export const INVALID_NUMBER = "A valid number is required.";
export const INVALID_BOOLEAN = "Must be a valid boolean.";
export const INVALID_DATE = "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.";
export const INVALID_JSON = "Value must be valid JSON.";

class Invalid {
  constructor(readonly message: string) {}
}
type Check<T> = (value: unknown) => T | Invalid;

/** What a field accepts, in JSON Schema words: the OpenAPI document (openapi/) is generated from it. */
export type JsonSchema = { type?: string | string[]; [keyword: string]: unknown };

const orNull = (schema: JsonSchema): JsonSchema =>
  schema.type === undefined ? schema : { ...schema, type: [schema.type, "null"].flat() };

function field<T>(check: Check<T>, schema: JsonSchema) {
  const fail = (ctx: z.RefinementCtx, message: string) => {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  };
  const run = (value: unknown, ctx: z.RefinementCtx): T => {
    const result = check(value);
    return result instanceof Invalid ? fail(ctx, result.message) : result;
  };
  // The metadata sits on the input side of the pipe, so it survives later .refine() clones.
  return {
    required: () =>
      z
        .any()
        .meta(schema)
        .transform((value: unknown, ctx): T => {
          if (value === undefined) return fail(ctx, FIELD_REQUIRED);
          if (value === null) return fail(ctx, FIELD_NULL);
          return run(value, ctx);
        }),
    optional: () =>
      z
        .any()
        .meta(orNull(schema))
        .transform((value: unknown, ctx): T | undefined =>
          value == null || value === "" ? undefined : run(value, ctx),
        )
        // Without this, zod 4 treats the key as required in the output and fails an absent one.
        .optional(),
  };
}

const INTEGER_TEXT = /^[+-]?\d+(\.0*)?$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const TRUE_TEXT = new Set(["true", "1", "yes", "on", "y", "t"]);
const FALSE_TEXT = new Set(["false", "0", "no", "off", "n", "f"]);

const checkString: Check<string> = (value) => {
  if (typeof value !== "string" && (typeof value !== "number" || !Number.isFinite(value))) {
    return new Invalid("Not a valid string.");
  }
  const text = String(value).trim();
  return text === "" ? new Invalid(FIELD_BLANK) : text;
};

/**
 * Bounds that keep the ledger exact: integers within Django's IntegerField (a 32-bit column), and
 * amounts within Rp 1 trillion, so stamps computed from them stay whole numbers far below 2^53.
 */
export const MAX_INTEGER = 2_147_483_647;
export const MAX_AMOUNT = 1_000_000_000_000;

const within =
  (max: number, check: (value: unknown) => number | Invalid): Check<number> =>
  (value) => {
    const result = check(value);
    if (result instanceof Invalid) return result;
    if (result > max) return new Invalid(`Ensure this value is less than or equal to ${max}.`);
    if (result < -max) return new Invalid(`Ensure this value is greater than or equal to ${-max}.`);
    return result;
  };

const checkInteger: Check<number> = within(MAX_INTEGER, (value) => {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!INTEGER_TEXT.test(text)) return new Invalid(INVALID_INTEGER);
  const parsed = Number.parseInt(text, 10);
  return Number.isSafeInteger(parsed) ? parsed : new Invalid(INVALID_INTEGER);
});

const checkNumber: Check<number> = within(MAX_AMOUNT, (value) => {
  if (typeof value === "number") return Number.isFinite(value) ? value : new Invalid(INVALID_NUMBER);
  if (typeof value === "string" && NUMBER_TEXT.test(value.trim())) return Number(value.trim());
  return new Invalid(INVALID_NUMBER);
});

const checkBoolean: Check<boolean> = (value) => {
  if (typeof value === "boolean") return value;
  const text = String(value).trim().toLowerCase();
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  return new Invalid(INVALID_BOOLEAN);
};

const checkDate: Check<string> = (value) => {
  const match = typeof value === "string" ? DATE_TEXT.exec(value.trim()) : null;
  if (!match) return new Invalid(INVALID_DATE);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? (value as string).trim() : new Invalid(INVALID_DATE);
};

/** A JSON object, or (from a form body) its text. */
const checkJsonObject: Check<Record<string, unknown>> = (value) => {
  let parsed = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      return new Invalid(INVALID_JSON);
    }
  }
  const isObject = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  if (!isObject) return new Invalid(INVALID_JSON);
  return isTooDeep(parsed) ? new Invalid(JSON_TOO_DEEP) : (parsed as Record<string, unknown>);
};

/** An id (integer) or a code (text), as `reward` takes them: numbers stay numbers, text stays text. */
const checkIdOrCode: Check<number | string> = (value) => {
  if (typeof value === "number") return checkInteger(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : new Invalid(INVALID_INTEGER);
};

const atLeast =
  (min: number, check: Check<number>): Check<number> =>
  (value) => {
    const result = check(value);
    if (result instanceof Invalid || result >= min) return result;
    return new Invalid(`Ensure this value is greater than or equal to ${min}.`);
  };

const choice =
  (choices: readonly number[]): Check<number> =>
  (value) => {
    const result = checkInteger(value);
    if (!(result instanceof Invalid) && choices.includes(result)) return result;
    return new Invalid(`"${String(value)}" is not a valid choice.`);
  };

/** Channel mapping: 1 Mobile App … 9 GoFood. */
export const CHANNELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

// As in DRF (and in the documents' own examples: "value": "200", "user": 123), numbers are also read
// from their text and text fields take numbers; the schemas say so.
const INTEGER: JsonSchema = {
  type: ["integer", "string"],
  minimum: -MAX_INTEGER,
  maximum: MAX_INTEGER,
  pattern: INTEGER_TEXT.source,
};
const AMOUNT: JsonSchema = {
  type: ["number", "string"],
  minimum: -MAX_AMOUNT,
  maximum: MAX_AMOUNT,
  pattern: NUMBER_TEXT.source,
};

export const bodyString = field(checkString, { type: ["string", "number"], minLength: 1 });
export const bodyInteger = field(checkInteger, INTEGER);
export const bodyPositiveInteger = field(atLeast(1, checkInteger), { ...INTEGER, minimum: 1 });
export const bodyNonNegativeInteger = field(atLeast(0, checkInteger), { ...INTEGER, minimum: 0 });
export const bodyNumber = field(checkNumber, AMOUNT);
/** An amount or quantity of transactions/add: never negative (modify deducts with its own deltas). */
export const bodyNonNegativeNumber = field(atLeast(0, checkNumber), { ...AMOUNT, minimum: 0 });
export const bodyBoolean = field(checkBoolean, { type: ["boolean", "string"] });
export const bodyDate = field(checkDate, { type: "string", format: "date" });
export const bodyJsonObject = field(checkJsonObject, { type: "object" });
export const bodyChannel = field(choice(CHANNELS), {
  type: ["integer", "string"],
  enum: [...CHANNELS, ...CHANNELS.map(String)],
  description: "the transaction document's channel mapping (1 Mobile App … 9 GoFood)",
});
export const bodyIdOrCode = field(checkIdOrCode, { type: ["integer", "string"] });

const pythonType = (value: unknown) =>
  value === null
    ? "NoneType"
    : Array.isArray(value)
      ? "list"
      : (({ string: "str", number: "int", boolean: "bool" } as Record<string, string>)[typeof value] ?? typeof value);

/** A nested object (`issue_voucher`, an entry of `rewards`) with DRF's message for anything else. */
export const bodyObject = <S extends z.ZodRawShape>(shape: S) =>
  z.object(shape, {
    error: (issue) =>
      issue.input === undefined
        ? FIELD_REQUIRED
        : `Invalid data. Expected a dictionary, but got ${pythonType(issue.input)}.`,
  });

/** A list field (`rewards`, `reward_redemptions`) with DRF's messages. */
export function bodyList<T extends z.ZodType>(item: T) {
  const list = z.array(item, {
    error: (issue) =>
      issue.input === undefined
        ? FIELD_REQUIRED
        : `Expected a list of items but got type "${pythonType(issue.input)}".`,
  });
  return {
    required: () => list.min(1, { error: "This list may not be empty." }),
    /** required, yet `[]` is a value (modify's items: a deduction of value only changes no item) */
    requiredMayBeEmpty: () => list,
    optional: () => z.preprocess((value) => value ?? undefined, list.optional()),
  };
}
