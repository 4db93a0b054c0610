import { z } from "zod";
import { SERVER_ERROR_DETAIL } from "../http/errors";

// What a client can ask the emulator to do to matching requests. Rules apply in the order they
// were added: every firing `latency` rule delays the request, and the first firing `error`,
// `timeout` or `drop` rule ends it. Nothing happens to requests no rule matches.

export const MAX_DELAY_MS = 600_000;
export const DEFAULT_HOLD_MS = 120_000;

const ZCommon = {
  /** `/api/memberships/status`, or a pattern where `*` stands for any characters: `/api/v2/transactions/*` */
  path: z.string().trim().startsWith("/", { error: "Must start with / (a path such as /api/v2/transactions/add)." }),
  /** only this method; any method when absent */
  method: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]+$/, { error: "Must be an HTTP method such as POST." })
    .optional(),
  /** share of matching requests the fault hits: 1 every one (deterministic), 0.2 one in five on average */
  rate: z.number().min(0).max(1).default(1),
  /** hit only this many requests, then stay listed with remaining 0 */
  times: z.int().positive().optional(),
};

const ZDelay = z.int().min(0).max(MAX_DELAY_MS);

/**
 * The request reaches the API first (what it does is done: a voucher issued, a transaction added), then its answer
 * is replaced by the fault: the "answer lost" case a client cannot tell from a failure.
 */
const ZAfter = z.boolean().optional();

export const ZFaultRuleInput = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("latency"),
    ...ZCommon,
    delayMs: ZDelay,
    /** up to this much more, uniformly random */
    jitterMs: ZDelay.default(0),
  }),
  z.strictObject({
    kind: z.literal("error"),
    ...ZCommon,
    status: z
      .int()
      .refine((status) => status === 429 || (status >= 500 && status <= 599), {
        error: "Must be 429 or a 5xx status.",
      })
      .default(503),
    /** the `detail` of the body; the usual text for the status when absent */
    detail: z.string().min(1).optional(),
    /** seconds, sent as Retry-After (429 and 503 clients look for it) */
    retryAfter: z.int().min(0).optional(),
    after: ZAfter,
  }),
  z.strictObject({
    kind: z.literal("timeout"),
    ...ZCommon,
    /** how long the request is held before it is answered 504, unless the client gives up first */
    holdMs: ZDelay.default(DEFAULT_HOLD_MS),
    after: ZAfter,
  }),
  z.strictObject({ kind: z.literal("drop"), ...ZCommon, after: ZAfter }),
]);

export type TFaultRuleInput = z.input<typeof ZFaultRuleInput>;
export type FaultRuleSpec = z.output<typeof ZFaultRuleInput>;
export type FaultKind = FaultRuleSpec["kind"];

/** A rule as listed by GET /_emulator/faults. */
export type FaultRule = FaultRuleSpec & {
  id: number;
  /** requests it hit so far */
  hits: number;
  /** hits left when `times` was given */
  remaining: number | null;
};

/** `*` matches any run of characters (slashes included); everything else is literal. */
export function compilePathPattern(pattern: string): RegExp {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`);
}

/** The body of an `error` fault: Stamps' (DRF's) `{"detail": …}` with DRF's wording where it has one. */
export function faultErrorBody(status: number, detail: string | undefined, retryAfter: number | undefined) {
  if (detail !== undefined) return { detail };
  if (status === 429) {
    return {
      detail:
        retryAfter === undefined
          ? "Request was throttled."
          : `Request was throttled. Expected available in ${retryAfter} second${retryAfter === 1 ? "" : "s"}.`,
    };
  }
  return { detail: STATUS_DETAILS[status] ?? SERVER_ERROR_DETAIL };
}

const STATUS_DETAILS: Record<number, string> = {
  500: SERVER_ERROR_DETAIL,
  502: "Bad gateway.",
  503: "Service temporarily unavailable, try again later.",
  504: "Gateway timeout.",
};
