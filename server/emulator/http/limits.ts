import { ApiError } from "./errors";

// Bounds on what a request may carry, checked before any service sees it: a sandbox answers bad
// input with a 4xx, never a stack overflow.

/** Django's DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MiB), the limit the Stamps API runs with by default. */
export const MAX_BODY_BYTES = 2_621_440;
/** Deeper than any documented body (3 levels) or sensible extra_data. */
export const MAX_JSON_DEPTH = 64;

export const bodyTooLarge = () =>
  new ApiError(413, { detail: `Request body is larger than ${MAX_BODY_BYTES} bytes (2.5 MB).` });

export const JSON_TOO_DEEP = `JSON nested deeper than ${MAX_JSON_DEPTH} levels.`;

/** Whether objects and arrays nest deeper than MAX_JSON_DEPTH; iterative, so any depth is safe to ask about. */
export function isTooDeep(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) return true;
    for (const child of Object.values(node as object)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
