import type { Context } from "hono";
import { jsonParseError, unsupportedMediaType } from "./errors";
import { parseJsonLeniently } from "./lenient-json";

/**
 * Reads a request body the way DRF's default parsers do: JSON, or form-encoded for simple clients.
 * An empty body is an empty object, so missing fields surface as field errors, not parse errors.
 * Trailing commas, which the documents print in several examples, are forgiven.
 */
export async function readRequestData(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") return {};

  const contentType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (contentType === "application/x-www-form-urlencoded") {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (contentType !== "" && contentType !== "application/json" && !contentType.endsWith("+json")) {
    throw unsupportedMediaType(contentType);
  }
  try {
    return parseJsonLeniently(text);
  } catch (error) {
    throw jsonParseError(error instanceof Error ? error.message : "invalid JSON");
  }
}
