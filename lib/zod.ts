import { z } from "zod";

// In the browser zod would compile fast object parsers with `new Function`, which the Content-Security-Policy
// forbids (even its probe is reported as a violation). Interpreted parsing is fast enough for forms. Every schema
// that reaches the browser imports zod from here, so this runs before the first z.object() is built.
if (typeof window !== "undefined") z.config({ jitless: true });

type Issue = z.core.$ZodRawIssue;

const FORMATS: Record<string, string> = {
  email: "Enter a valid email address, like name@example.com",
  url: "Enter a web address, like https://example.com",
  date: "Enter a date as YYYY-MM-DD",
  datetime: "Enter a date and time",
  time: "Enter a time, like 14:30",
  uuid: "Check the ID: it is not in the expected form",
  e164: "Enter a phone number with its country code, like +6281234567890",
};

const count = (value: number | bigint, one: string, many = `${one}s`) =>
  `${value.toLocaleString("en-GB")} ${Number(value) === 1 ? one : many}`;

function tooBig(issue: Extract<Issue, { code: "too_big" }>) {
  const { origin, maximum, inclusive } = issue;
  if (origin === "string") return `Use at most ${count(maximum, "character")}`;
  if (origin === "array" || origin === "set") return `Add at most ${count(maximum, "entry", "entries")}`;
  if (origin === "date") return "Choose an earlier date";
  if (origin === "file") return "Choose a smaller file";
  return inclusive === false
    ? `Enter a number below ${maximum.toLocaleString("en-GB")}`
    : `Enter ${maximum.toLocaleString("en-GB")} or less`;
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>) {
  const { origin, minimum, inclusive, input } = issue;
  if (origin === "string") {
    return Number(minimum) <= 1 || input === "" ? "Fill this in" : `Use at least ${count(minimum, "character")}`;
  }
  if (origin === "array" || origin === "set") return `Add at least ${count(minimum, "entry", "entries")}`;
  if (origin === "date") return "Choose a later date";
  return inclusive === false
    ? `Enter a number above ${minimum.toLocaleString("en-GB")}`
    : `Enter ${minimum.toLocaleString("en-GB")} or more`;
}

function invalidType(issue: Extract<Issue, { code: "invalid_type" }>) {
  if (issue.input === undefined || issue.input === null || issue.input === "") return "Fill this in";
  switch (issue.expected) {
    case "number":
    case "int":
    case "bigint":
      return issue.expected === "number" ? "Enter a number" : "Enter a whole number";
    case "date":
      return "Enter a date";
    case "boolean":
      return "Choose yes or no";
    case "array":
      return "Add a list of entries";
    default:
      return "Check what you typed";
  }
}

/** A union's message is that of the branch the input was closest to, skipping "or leave it empty" branches. */
function closestBranch(errors: readonly (readonly z.core.$ZodIssue[])[]) {
  const useful = errors.filter((branch) =>
    branch.every((issue) => !(issue.code === "invalid_value" && issue.values.every((value) => value === ""))),
  );
  const branches = useful.length ? useful : errors;
  return [...branches].sort((a, b) => a.length - b.length)[0]?.[0]?.message;
}

/**
 * One error map for the whole app (browser and server alike): every issue a schema does not word itself becomes a
 * sentence about what the person typed, never zod's "Too big: expected string to have <=120 characters".
 */
export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue);
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_format":
      if (issue.format === "regex") return "Check the format of what you typed";
      if (issue.format === "safeint") return "Enter a whole number";
      return FORMATS[issue.format] ?? "Check the format of what you typed";
    case "not_multiple_of":
      return `Enter a multiple of ${issue.divisor.toLocaleString("en-GB")}`;
    case "invalid_value": {
      const choices = issue.values.filter((value) => value !== "" && value !== null && value !== undefined);
      if (choices.length === 0) return "Leave this empty";
      if (choices.length > 6) return "Choose one of the options";
      return `Choose ${choices
        .map(String)
        .join(", ")
        .replace(/, ([^,]*)$/, " or $1")}`;
    }
    case "invalid_union":
      return closestBranch(issue.errors) ?? "Check what you typed";
    case "unrecognized_keys":
      return `Remove what is not expected here: ${issue.keys.join(", ")}`;
    case "invalid_key":
    case "invalid_element":
      return "Check the entries in this list";
    default:
      return "Check what you typed";
  }
}

z.config({ customError: describeIssue });

export { z };
