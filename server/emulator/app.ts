import { Hono } from "hono";
import type { EmulatorDb } from "./db/client";
import type { FaultInjector } from "./faults/fault-injector";
import { mountFaultInjection } from "./faults/mount-faults";
import { emulatorStores } from "./db/stores";
import { createAuthMiddleware } from "./http/auth";
import type { EmulatorEnv } from "./http/env";
import { ApiError, notFound, SERVER_ERROR_DETAIL } from "./http/errors";
import { mountAddWithRedemptionsRoute } from "./routes/add-with-redemptions";
import { mountMembershipRoutes } from "./routes/memberships";
import { mountOpenApiRoutes } from "./routes/openapi";
import { mountRewardRoutes } from "./routes/rewards";
import { mountRedemptionRoutes } from "./routes/redemptions";
import { mountTransactionRoutes } from "./routes/transactions";
import { mountVoucherRoutes } from "./routes/vouchers";

export type EmulatorDeps = {
  /** only the better-sqlite3 handle: every runtime query is a prepared statement (README, Data path) */
  db: Pick<EmulatorDb, "sqlite">;
  /** where unexpected errors are reported; defaults to stderr */
  logError?: (line: string) => void;
  /** fault injection and its control endpoint (/_emulator/faults); absent, neither exists */
  faults?: FaultInjector;
};

/** The Stamps API as a Hono app, without a listening socket: tests call `app.request()`. */
export function createEmulatorApp(deps: EmulatorDeps): Hono<EmulatorEnv> {
  const logError = deps.logError ?? ((line: string) => console.error(line));
  const app = new Hono<EmulatorEnv>();

  // DRF sends Vary: Accept on every API response, errors included.
  app.use(async (c, next) => {
    await next();
    c.res.headers.set("Vary", "Accept");
  });

  if (deps.faults) mountFaultInjection(app, deps.faults);

  // One store bundle per database (statements prepared once), handed to every route.
  const stores = emulatorStores(deps.db.sqlite);
  const routeDeps = { auth: createAuthMiddleware(stores.sqlite), stores };
  mountMembershipRoutes(app, routeDeps);
  mountTransactionRoutes(app, routeDeps);
  mountRewardRoutes(app, routeDeps);
  mountRedemptionRoutes(app, routeDeps);
  mountAddWithRedemptionsRoute(app, routeDeps);
  mountVoucherRoutes(app, routeDeps);
  mountOpenApiRoutes(app);

  app.notFound((c) => c.json(notFound().body, 404));

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.body, error.status);
    }
    logError(`[stamps-emulator] 500 ${c.req.method} ${redactUrl(c.req.url)}: ${error.stack ?? error.message}`);
    return c.json({ detail: SERVER_ERROR_DETAIL }, 500);
  });

  return app;
}

// The legacy `token` query parameter is a credential; keep it out of logs.
function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.searchParams.has("token")) parsed.searchParams.set("token", "[redacted]");
  return `${parsed.pathname}${parsed.search}`;
}
