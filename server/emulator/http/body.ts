import type { Context } from "hono";
import { jsonParseError, unsupportedMediaType } from "./errors";
import { parseJsonLeniently } from "./lenient-json";
import { bodyTooLarge, isTooDeep, JSON_TOO_DEEP, MAX_BODY_BYTES } from "./limits";

/**
 * Reads a request body the way DRF's default parsers do: JSON, or form-encoded for simple clients.
 * An empty body is an empty object, so missing fields surface as field errors, not parse errors.
 * Trailing commas, which the documents print in several examples, are forgiven. Bodies over
 * 2.5 MB are a 413 and JSON nested deeper than 64 levels a 400, before anything reads them.
 */
export async function readRequestData(c: Context): Promise<unknown> {
  if (Number(c.req.header("Content-Length") ?? 0) > MAX_BODY_BYTES) throw bodyTooLarge();
  const text = await c.req.text();
  // UTF-16 length ≤ UTF-8 bytes, so only a text near the limit needs counting.
  if (text.length > MAX_BODY_BYTES / 4 && Buffer.byteLength(text) > MAX_BODY_BYTES) throw bodyTooLarge();
  if (text.trim() === "") return {};

  const contentType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (contentType === "application/x-www-form-urlencoded") {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (contentType !== "" && contentType !== "application/json" && !contentType.endsWith("+json")) {
    throw unsupportedMediaType(contentType);
  }
  let data: unknown;
  try {
    data = parseJsonLeniently(text);
  } catch (error) {
    throw jsonParseError(error instanceof Error ? error.message : "invalid JSON");
  }
  if (isTooDeep(data)) throw jsonParseError(JSON_TOO_DEEP);
  return data;
}
