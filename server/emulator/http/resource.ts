import type { Handler, Hono, MiddlewareHandler } from "hono";
import type { EmulatorEnv } from "./env";
import { methodNotAllowed } from "./errors";

type Method = "GET" | "POST";

export type ResourceDefinition = {
  /** DRF's view name, shown by OPTIONS */
  name: string;
  auth: MiddlewareHandler<EmulatorEnv>;
  handlers: Partial<Record<Method, Handler<EmulatorEnv>>>;
};

/**
 * One endpoint with DRF's behaviour around it: every response names the allowed methods in
 * `Allow`, authentication runs before the method check (as in APIView.initial), OPTIONS describes
 * the view and any other method is a 405. Hono answers HEAD with the GET handler, so GET
 * endpoints allow HEAD too.
 */
export function mountResource(app: Hono<EmulatorEnv>, path: string, resource: ResourceDefinition): void {
  const methods = Object.keys(resource.handlers) as Method[];
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
