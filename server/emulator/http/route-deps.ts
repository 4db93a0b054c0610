import type { MiddlewareHandler } from "hono";
import type { Stores } from "../db/stores";
import type { EmulatorEnv } from "./env";

/** What app.ts hands every route module: the authentication middleware and the one store bundle. */
export type RouteDeps = { auth: MiddlewareHandler<EmulatorEnv>; stores: Stores };
