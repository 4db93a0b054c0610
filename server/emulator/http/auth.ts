import type { Database } from "better-sqlite3";
import type { Context, MiddlewareHandler } from "hono";
import type { EmulatorEnv } from "./env";
import { authenticationFailed, notAuthenticated, permissionDenied } from "./errors";

const KEYWORDS = new Set(["token", "bearer"]);

/**
 * DRF TokenAuthentication, accepting both "Token <key>" and "Bearer <key>". A header with another
 * scheme counts as no credentials, as it does in DRF. Without a header, the `token` query
 * parameter of the older docs (still used by the reward API's example) is accepted.
 */
export function createAuthMiddleware(sqlite: Database): MiddlewareHandler<EmulatorEnv> {
  const merchantByKey = sqlite
    .prepare<[string], number>("SELECT merchant_id FROM api_tokens WHERE key = ? AND is_active = 1")
    .pluck();

  return async (c, next) => {
    const key = tokenFromHeader(c.req.header("Authorization")) ?? c.req.query("token");
    if (key === undefined || key === "") throw notAuthenticated();
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

export function assertMerchantAccess(c: Context<EmulatorEnv>, merchantId: number): void {
  if (c.get("tokenMerchantId") !== merchantId) throw permissionDenied();
}
