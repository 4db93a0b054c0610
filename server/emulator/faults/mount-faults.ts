import type { HttpBindings } from "@hono/node-server";
import type { Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { readRequestData } from "../http/body";
import type { EmulatorEnv } from "../http/env";
import { ApiError, methodNotAllowed, notFound } from "../http/errors";
import { parseInput } from "../http/validation";
import type { FaultInjector } from "./fault-injector";
import type { FaultRule } from "./fault-rules";
import { faultErrorBody, ZFaultRuleInput } from "./fault-rules";

export const CONTROL_PATH = "/_emulator/faults";
export const CONTROL_SECRET_HEADER = "X-Emulator-Secret";

const ZRuleId = z.object({ id: z.coerce.number().int().positive() });

/**
 * Fault injection: a middleware that applies the switched-on rules to the requests they match,
 * and the control endpoint that switches them (GET/POST/DELETE /_emulator/faults, DELETE
 * /_emulator/faults/:id), which requires the X-Emulator-Secret header. Mount it before the API.
 */
export function mountFaultInjection(app: Hono<EmulatorEnv>, faults: FaultInjector): void {
  app.use(async (c, next) => {
    if (c.req.path.startsWith("/_emulator/")) return next();
    const firing = faults.firingRules(c.req.method, c.req.path);
    for (const rule of firing) {
      if (rule.kind !== "latency" && rule.after) {
        // The API does its work, then the answer is lost.
        await next();
        const response = await applyFault(c, faults, rule);
        if (response) {
          c.res = undefined;
          c.res = response;
        }
        return;
      }
      const response = await applyFault(c, faults, rule);
      if (response) return response;
    }
    return next();
  });

  app.use(CONTROL_PATH, async (c, next) => {
    await next();
    c.res.headers.set("Allow", "GET, POST, DELETE");
  });

  app.use(`${CONTROL_PATH}/*`, async (c, next) => {
    const secret = c.req.header(CONTROL_SECRET_HEADER);
    if (secret === undefined || secret === "") {
      throw new ApiError(401, { detail: `The ${CONTROL_SECRET_HEADER} header is required.` });
    }
    if (!faults.isControlSecret(secret)) throw new ApiError(403, { detail: "Invalid emulator control secret." });
    await next();
  });
  app.get(CONTROL_PATH, (c) => c.json({ faults: faults.list(), held: faults.heldCount() }));
  app.post(CONTROL_PATH, async (c) => {
    const spec = parseInput(ZFaultRuleInput, await readRequestData(c));
    return c.json({ fault: faults.add(spec) }, 201);
  });
  app.delete(CONTROL_PATH, (c) => {
    faults.clear();
    return c.body(null, 204);
  });
  app.delete(`${CONTROL_PATH}/:id`, (c) => {
    const { id } = parseInput(ZRuleId, c.req.param());
    if (!faults.remove(id)) throw notFound(`No fault ${id}.`);
    return c.body(null, 204);
  });
  app.all(CONTROL_PATH, (c) => {
    throw methodNotAllowed(c.req.method);
  });
}

/** Returns the response that ends the request, or undefined to go on. */
async function applyFault(
  c: Context<EmulatorEnv>,
  faults: FaultInjector,
  rule: FaultRule,
): Promise<Response | undefined> {
  const clientGone = c.req.raw.signal;
  switch (rule.kind) {
    case "latency": {
      await faults.hold(rule.delayMs + Math.round(Math.random() * rule.jitterMs), clientGone);
      return clientGone.aborted ? c.body(null) : undefined;
    }
    case "error": {
      if (rule.retryAfter !== undefined) c.header("Retry-After", String(rule.retryAfter));
      return c.json(faultErrorBody(rule.status, rule.detail, rule.retryAfter), rule.status as ContentfulStatusCode);
    }
    case "timeout": {
      await faults.hold(rule.holdMs, clientGone);
      return clientGone.aborted ? c.body(null) : c.json(faultErrorBody(504, undefined, undefined), 504);
    }
    case "drop": {
      // @hono/node-server passes the Node request as c.env.incoming; destroying its socket ends
      // the connection without a byte of response, as a crashed upstream would.
      const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
      if (incoming) {
        incoming.socket.destroy();
        return c.body(null);
      }
      // In-process (app.request) there is no connection to drop: answer what a proxy in front
      // of a dropped upstream answers.
      return c.json(faultErrorBody(502, undefined, undefined), 502);
    }
  }
}
