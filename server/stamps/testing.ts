import { createStampsClient, StampsApiError, type StampsTokenType } from "./index";

export const TEST_TOKEN = "super-secret-token-value";

export type RecordedRequest = {
  method: string;
  url: URL;
  /** The query as a list of pairs, so repeated keys stay visible. */
  query: [string, string][];
  authorization: string | null;
  contentType: string | null;
  body: unknown;
};

/**
 * A real Stamps client whose network is a stand-in answering every call with `status` and `body`.
 * Strings are sent as they are, so the documents' examples can be fed through unchanged.
 */
export function fakeStamps(status: number, body: string | object, tokenType: StampsTokenType = "Token") {
  const requests: RecordedRequest[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const headers = new Headers(init?.headers);
    requests.push({
      method: init?.method ?? "GET",
      url,
      query: [...url.searchParams.entries()],
      authorization: headers.get("authorization"),
      contentType: headers.get("content-type"),
      body: typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : undefined,
    });
    return new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
  };
  const client = createStampsClient({
    baseUrl: "https://stamps.test",
    tokenType,
    token: TEST_TOKEN,
    timeoutMs: 1000,
    allowedOrigins: ["https://stamps.test"],
    fetch: fetchFn,
  });
  return {
    client,
    requests,
    /** The one request the test expects to have been sent. */
    sent(): RecordedRequest {
      if (requests.length !== 1) throw new Error(`expected one request, saw ${requests.length}`);
      return requests[0]!;
    },
  };
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

/** The StampsApiError a call failed with, or a thrown explanation of what it failed with instead. */
export async function apiFailure(promise: Promise<unknown>): Promise<StampsApiError> {
  const error = await failure(promise);
  if (error instanceof StampsApiError) return error;
  throw new Error(`expected a StampsApiError, got ${String(error)}`);
}
