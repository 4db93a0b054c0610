import http from "node:http";
import https from "node:https";

/** Connections stay open between calls (a campaign sends thousands of them to one host). */
const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

/** Answers that carry no body (the Response constructor refuses one for them). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The part of `fetch` the Stamps client uses, over node:http(s) with keep-alive agents: the campaign worker's
 * transport. Node's fetch (undici) cost about a third of the worker's CPU per voucher (most of it writing the
 * request in pieces); this sends headers and body in one write. It behaves as fetch does where the client relies
 * on it: the answer as a Response, an aborted signal rejects with its reason (a TimeoutError for
 * AbortSignal.timeout), a failed connection rejects with TypeError("fetch failed") and the cause, and
 * `redirect: "error"` rejects a redirect instead of following it (no redirect is ever followed).
 */
export const keepAliveFetch: typeof fetch = (input, init = {}) =>
  new Promise<Response>((resolve, reject) => {
    const url = input instanceof URL ? input : new URL(input instanceof Request ? input.url : String(input));
    const agent = agents[url.protocol as keyof typeof agents];
    if (!agent) return reject(new TypeError(`fetch failed: ${url.protocol} is not supported`));
    const signal = init.signal ?? undefined;
    if (signal?.aborted) return reject(signal.reason as Error);
    if (init.body !== undefined && init.body !== null && typeof init.body !== "string") {
      return reject(new TypeError("keepAliveFetch sends string bodies only"));
    }
    const headers: Record<string, string> =
      init.headers instanceof Headers || Array.isArray(init.headers)
        ? Object.fromEntries(new Headers(init.headers))
        : { ...init.headers };
    const body = init.body ?? undefined;
    if (body !== undefined) headers["Content-Length"] = String(Buffer.byteLength(body));

    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", abort);
      // An abort rejects with the signal's reason, whatever it is (fetch does the same).
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(error);
    };
    let request: http.ClientRequest;
    function abort() {
      fail(signal!.reason);
      request?.destroy();
    }
    try {
      request = (url.protocol === "https:" ? https : http).request(url, {
        method: init.method ?? "GET",
        headers,
        agent,
      });
    } catch (error) {
      // A header value Node refuses (a token with a line break): fetch throws a TypeError too.
      return fail(error instanceof TypeError ? error : new TypeError("fetch failed", { cause: error }));
    }
    signal?.addEventListener("abort", abort, { once: true });
    request.on("error", (error) => fail(new TypeError("fetch failed", { cause: error })));
    request.on("response", (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && init.redirect === "error") {
        res.resume();
        return fail(new TypeError("fetch failed", { cause: new Error(`unexpected redirect (${status})`) }));
      }
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (error) => fail(new TypeError("fetch failed", { cause: error })));
      res.on("aborted", () => fail(new TypeError("fetch failed", { cause: new Error("the answer was cut off") })));
      res.on("end", () => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener("abort", abort);
        const answerHeaders = new Headers();
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          answerHeaders.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
        }
        try {
          resolve(
            new Response(NULL_BODY.has(status) ? null : Buffer.concat(chunks), {
              status,
              statusText: res.statusMessage,
              headers: answerHeaders,
            }),
          );
        } catch (error) {
          reject(new TypeError("fetch failed", { cause: error }));
        }
      });
    });
    request.end(body);
  });
