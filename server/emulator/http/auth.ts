import type { Database } from "better-sqlite3";
import type { Context, MiddlewareHandler } from "hono";
import { readRequestData } from "./body";
import type { EmulatorEnv } from "./env";
import { authenticationFailed, notAuthenticated, permissionDenied } from "./errors";

const KEYWORDS = new Set(["token", "bearer"]);

/**
 * DRF TokenAuthentication, accepting both "Token <key>" and "Bearer <key>". A header with another
 * scheme counts as no credentials, as it does in DRF. The older public reference (until October
 * 2025, still used by published clients) sent the key as a `token` query parameter of GETs and a
 * `token` field of POST bodies: both are accepted, and a request carrying two different keys is
 * refused rather than served with one of them.
 */
export function createAuthMiddleware(sqlite: Database): MiddlewareHandler<EmulatorEnv> {
  const merchantByKey = sqlite
    .prepare<[string], number>("SELECT merchant_id FROM api_tokens WHERE key = ? AND is_active = 1")
    .pluck();
  return async (c, next) => {
    const keys = new Set<string>();
    const fromHeader = tokenFromHeader(c.req.header("Authorization"));
    if (fromHeader !== undefined) keys.add(fromHeader);
    const fromQuery = c.req.query("token");
    if (fromQuery !== undefined && fromQuery !== "") keys.add(fromQuery);
    const fromBody = await tokenFromBody(c);
    if (fromBody !== undefined) keys.add(fromBody);
    if (keys.size > 1) throw authenticationFailed("Two different tokens were sent (header, query or body); send one.");
    const [key] = keys;
    if (key === undefined) throw notAuthenticated();
    const merchantId = merchantByKey.get(key);
    if (merchantId === undefined) throw authenticationFailed();
    c.set("tokenMerchantId", merchantId);
    await next();
  };
}

function tokenFromHeader(header: string | undefined): string | undefined {
  const [keyword = "", key, ...rest] = (header ?? "").trim().split(/\s+/);
  if (!KEYWORDS.has(keyword.toLowerCase())) return undefined;
  if (key === undefined) throw authenticationFailed("Invalid token header. No credentials provided.");
  if (rest.length > 0) throw authenticationFailed("Invalid token header. Token string should not contain spaces.");
  return key;
}

/** A POST body's `token` field. Most bodies carry none, so only one that mentions it is parsed here. */
async function tokenFromBody(c: Context): Promise<string | undefined> {
  if (c.req.method !== "POST") return undefined;
  const text = await c.req.text(); // Hono keeps it: the handler reads the same text again
  if (!text.includes("token")) return undefined;
  let data: unknown;
  try {
    data = await readRequestData(c);
  } catch {
    return undefined; // the handler answers the parse error once authenticated
  }
  const token = typeof data === "object" && data !== null ? (data as Record<string, unknown>).token : undefined;
  return typeof token === "string" && token !== "" ? token : undefined;
}

export function assertMerchantAccess(c: Context<EmulatorEnv>, merchantId: number): void {
  if (c.get("tokenMerchantId") !== merchantId) throw permissionDenied();
}
