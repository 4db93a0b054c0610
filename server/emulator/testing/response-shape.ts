import type { FieldSpec, JsonType } from "./doc-examples";

/**
 * Where `value` differs from a documented shape, one line per difference ("body.customer.id:
 * expected number, got string"); empty when it matches. Fields the docs do not show are allowed.
 */
export function shapeMismatches(value: unknown, spec: FieldSpec, path = "body"): string[] {
  if (typeof spec === "string") {
    const allowed = spec.split("|") as JsonType[];
    const actual = jsonType(value);
    return allowed.includes(actual) ? [] : [`${path}: expected ${spec}, got ${actual}`];
  }
  if (isArraySpec(spec)) {
    if (!Array.isArray(value)) return [`${path}: expected array, got ${jsonType(value)}`];
    const [element] = spec;
    return value.flatMap((item, index) => shapeMismatches(item, element, `${path}[${index}]`));
  }
  if (jsonType(value) !== "object") return [`${path}: expected object, got ${jsonType(value)}`];
  const record = value as Record<string, unknown>;
  return Object.entries(spec).flatMap(([key, fieldSpec]) => {
    const optional = key.endsWith("?");
    const field = optional ? key.slice(0, -1) : key;
    if (!(field in record)) return optional ? [] : [`${path}.${field}: missing`];
    return shapeMismatches(record[field], fieldSpec, `${path}.${field}`);
  });
}

function isArraySpec(spec: FieldSpec): spec is readonly [FieldSpec] {
  return Array.isArray(spec);
}

function jsonType(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean" || type === "object") return type;
  throw new Error(`Not a JSON value: ${type}`);
}
