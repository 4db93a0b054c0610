import type { Handler, Hono, MiddlewareHandler } from "hono";
import type { z } from "zod";
import type { EmulatorEnv } from "./env";
import { methodNotAllowed } from "./errors";

export type Method = "GET" | "POST";

/** The zod schema a method validates its input with; the OpenAPI document is generated from it. */
export type InputSchema = { body?: z.ZodType; query?: z.ZodType };

export type ResourceDefinition = {
  /** DRF's view name, shown by OPTIONS */
  name: string;
  auth: MiddlewareHandler<EmulatorEnv>;
  handlers: Partial<Record<Method, Handler<EmulatorEnv>>>;
  input?: Partial<Record<Method, InputSchema>>;
};

export type MountedResource = { path: string; name: string; methods: Method[]; input: ResourceDefinition["input"] };

const mounted = new WeakMap<object, MountedResource[]>();

/** The endpoints mounted on an app, in mounting order: what /api/openapi.json describes. */
export function mountedResources(app: object): readonly MountedResource[] {
  return mounted.get(app) ?? [];
}

/**
 * One endpoint with DRF's behaviour around it: every response names the allowed methods in
 * `Allow`, authentication runs before the method check (as in APIView.initial), OPTIONS describes
 * the view and any other method is a 405. Hono answers HEAD with the GET handler, so GET
 * endpoints allow HEAD too.
 */
export function mountResource(app: Hono<EmulatorEnv>, path: string, resource: ResourceDefinition): void {
  const methods = Object.keys(resource.handlers) as Method[];
  const list = mounted.get(app) ?? [];
  list.push({ path, name: resource.name, methods, input: resource.input });
  mounted.set(app, list);
  const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");

  app.use(
    path,
    async (c, next) => {
      await next();
      c.res.headers.set("Allow", allow);
    },
    resource.auth,
  );
  for (const method of methods) {
    const handler = resource.handlers[method];
    if (handler) app.on(method, path, handler);
  }
  app.options(path, (c) =>
    c.json({
      name: resource.name,
      description: "",
      renders: ["application/json"],
      parses: ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"],
    }),
  );
  app.all(path, (c) => {
    throw methodNotAllowed(c.req.method);
  });
  // Django's APPEND_SLASH: a documented path ending in "/" asked without it is a permanent
  // redirect (query kept), answered before authentication, as CommonMiddleware does.
  if (path.endsWith("/")) {
    app.all(path.slice(0, -1), (c) => {
      const search = new URL(c.req.url).search;
      return c.body(null, 301, { Location: `${path}${search}` });
    });
  }
}
