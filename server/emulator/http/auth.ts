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
  // Cheap for the common case, a GET with the header only (member status runs thousands a second):
  // no Set, no extra await, no query parsing unless the URL mentions a token.
  return async (c, next) => {
    let key = tokenFromHeader(c.req.header("Authorization"));
    // Only a URL that mentions "token" is parsed for it: parsing the query costs a GET with an
    // encoded `user` (an email's %40) a full decode of every parameter.
    if (c.req.url.includes("token")) {
      const fromQuery = c.req.query("token");
      if (fromQuery !== undefined && fromQuery !== "") key = sameKey(key, fromQuery);
    }
    if (c.req.method === "POST") {
      const fromBody = await tokenFromBody(c);
      if (fromBody !== undefined) key = sameKey(key, fromBody);
    }
    if (key === undefined) throw notAuthenticated();
    const merchantId = merchantByKey.get(key);
    if (merchantId === undefined) throw authenticationFailed();
    c.set("tokenMerchantId", merchantId);
    await next();
  };
}

/** The key a request carries so far, refusing a second, different one. */
function sameKey(current: string | undefined, another: string): string {
  if (current !== undefined && current !== another) {
    throw authenticationFailed("Two different tokens were sent (header, query or body); send one.");
  }
  return another;
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
