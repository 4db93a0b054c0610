import type { z } from "zod";
import { logger } from "@/server/logger";
import { checkStampsAddress } from "./address-guard";
import { parseStampsErrorBody } from "./error-body";
import {
  StampsAddressError,
  StampsApiError,
  StampsNetworkError,
  StampsResponseError,
  StampsTimeoutError,
} from "./errors";

export type StampsTokenType = "Token" | "Bearer";

export type StampsClientConfig = {
  /** Origin (and optional path prefix) of the Stamps API, without the /api part; already validated. */
  baseUrl: string;
  tokenType: StampsTokenType;
  token: string;
  timeoutMs: number;
  /** Origins trusted as they are; any other host must resolve to public addresses only. */
  allowedOrigins: readonly string[];
  fetch?: typeof fetch;
  /**
   * Sees every answer instead of the `stamps.call` info line (a caller making thousands of calls a minute, like the
   * campaign worker, counts them and logs a summary). Timeouts and network errors are logged all the same.
   */
  onCall?: (call: StampsCallRecord) => void;
};

/** One answered call: endpoint ("POST /api/vouchers/issue"), HTTP status and time taken. */
export type StampsCallRecord = { endpoint: string; status: number; ms: number };

type Query = Record<string, string | number | boolean | undefined | readonly (string | number)[]>;

export type StampsRequest<TSchema extends z.ZodType> = {
  method: "GET" | "POST";
  path: `/api/${string}`;
  query?: Query;
  body?: unknown;
  response: TSchema;
};

/** Idempotent reads may be tried again once when the connection or a gateway failed. */
const RETRYABLE_STATUS = new Set([502, 503, 504]);

function errorIdentity(error: unknown) {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; name?: unknown } | undefined) : undefined;
  return {
    error: error instanceof Error ? error.name : typeof error,
    code: typeof cause?.code === "string" ? cause.code : undefined,
    cause: typeof cause?.name === "string" ? cause.name : undefined,
  };
}

export type StampsCall = <TSchema extends z.ZodType>(request: StampsRequest<TSchema>) => Promise<z.output<TSchema>>;

export function createStampsCall(config: StampsClientConfig): StampsCall {
  const doFetch = config.fetch ?? fetch;

  return async function call({ method, path, query, body, response }) {
    const url = new URL(config.baseUrl + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, String(item));
      else url.searchParams.set(key, String(value));
    }
    const endpoint = `${method} ${path}`;
    const attempts = method === "GET" ? 2 : 1;

    const address = await checkStampsAddress(url, config.allowedOrigins);
    if (!address.ok) {
      logger.warn("stamps.address_refused", { endpoint, reason: address.reason });
      throw new StampsAddressError(endpoint, address.reason);
    }

    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      let res: Response;
      try {
        res = await doFetch(url, {
          method,
          headers: {
            Accept: "application/json",
            Authorization: `${config.tokenType} ${config.token}`,
            ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(config.timeoutMs),
          cache: "no-store",
          // A redirect would carry the token to wherever it points.
          redirect: "error",
        });
      } catch (error) {
        const ms = Math.round(performance.now() - started);
        if (error instanceof Error && error.name === "TimeoutError") {
          logger.warn("stamps.timeout", { endpoint, ms });
          throw new StampsTimeoutError(endpoint, config.timeoutMs);
        }
        if (attempt < attempts) continue;
        // Name and code only: a message can quote what was sent (a header value, the token in it).
        logger.warn("stamps.network_error", { endpoint, ms, ...errorIdentity(error) });
        throw new StampsNetworkError(`Could not reach Stamps at ${url.origin}`, endpoint, { cause: error });
      }

      const text = await res.text().catch(() => "");
      const answered = { endpoint, status: res.status, ms: Math.round(performance.now() - started) };
      if (config.onCall) config.onCall(answered);
      else logger.info("stamps.call", answered);

      if (!res.ok) {
        if (attempt < attempts && RETRYABLE_STATUS.has(res.status)) continue;
        const parsed = parseStampsErrorBody(text, res.status);
        throw new StampsApiError(endpoint, res.status, parsed.detail, parsed.errorCode, parsed.fieldErrors);
      }

      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new StampsResponseError(`Stamps ${endpoint} answered with a body that is not JSON`, endpoint);
      }
      const result = response.safeParse(json);
      if (!result.success) {
        const where = result.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
        throw new StampsResponseError(
          `Stamps ${endpoint} answered in an unexpected shape: ${where.join("; ")}`,
          endpoint,
        );
      }
      return result.data;
    }
  };
}
