import { describe, expect, it, vi } from "vitest";
import {
  createStampsClient,
  StampsApiError,
  StampsNetworkError,
  StampsResponseError,
  StampsTimeoutError,
} from "./index";
import { stampsErrorToAppError } from "./to-app-error";

const TOKEN = "super-secret-token-value";
const alice = {
  id: 2456,
  stamps: 10,
  membership_status: "Gold",
  phone: "+6281111111",
  birthday: "2000-09-15",
  address: "Baker Street 221B",
  name: "Alice",
  gender: 2,
  member_ids: ["123456789012", "123456789011"],
  balance: 2000,
};

/** A stand-in for the network only: the client under test is the real one. */
function clientAnswering(status: number, body: string | object, tokenType: "Token" | "Bearer" = "Token") {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = vi.fn(async (url: URL | RequestInfo, init?: RequestInit) => {
    calls.push({ url: url instanceof Request ? url.url : url.toString(), init: init ?? {} });
    return new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
  });
  const client = createStampsClient({
    baseUrl: "https://stamps.test",
    tokenType,
    token: TOKEN,
    timeoutMs: 1000,
    allowedOrigins: ["https://stamps.test"],
    fetch: fetchFn,
  });
  return { client, calls, fetchFn };
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a failure");
}

describe("Stamps client: memberships", () => {
  it("sends the documented request with the token type and parses the documented answer", async () => {
    const { client, calls } = clientAnswering(200, alice, "Bearer");
    const member = await client.memberships.status({ user: "customer@stamps.co.id", merchant: 14 });
    expect(calls[0]!.url).toBe("https://stamps.test/api/memberships/status?user=customer%40stamps.co.id&merchant=14");
    expect(new Headers(calls[0]!.init.headers).get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(member).toMatchObject({
      name: "Alice",
      gender: "female",
      email: null,
      is_active: true,
      member_ids: ["123456789012", "123456789011"],
    });
  });

  it("normalises every documented form of gender", async () => {
    for (const [gender, expected] of [
      [1, "male"],
      ["2", "female"],
      ["Female", "female"],
      ["male", "male"],
      [null, null],
    ] as const) {
      const { client } = clientAnswering(200, { ...alice, gender });
      expect((await client.memberships.status({ user: "x", merchant: 14 })).gender).toBe(expected);
    }
  });

  it("parses suggestions", async () => {
    const { client } = clientAnswering(200, {
      suggestions: [{ ...alice, membership: "Gold", email: "alice@stamps.co.id" }],
    });
    const { suggestions } = await client.memberships.suggestions({ query: "ali", merchant: 14 });
    expect(suggestions[0]).toMatchObject({ membership: "Gold", email: "alice@stamps.co.id" });
  });
});

describe("Stamps client: errors", () => {
  it("turns a 400 with a list of field errors into field errors", async () => {
    const { client } = clientAnswering(400, {
      detail: "Your transaction cannot be completed due to the following error(s)",
      errors: [{ subtotal: "This field is required." }, { invoice_number: "Store does not exist" }],
    });
    const error = await failure(client.memberships.status({ user: "x", merchant: 14 }));
    expect(error).toBeInstanceOf(StampsApiError);
    expect(error).toMatchObject({
      status: 400,
      detail: "Your transaction cannot be completed due to the following error(s)",
      fieldErrors: { subtotal: "This field is required.", invoice_number: "Store does not exist" },
    });
    const appError = stampsErrorToAppError(error as StampsApiError);
    expect(appError).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { invoice_number: "Store does not exist" } });
  });

  it("keeps error_code and an object of field errors", async () => {
    const { client } = clientAnswering(400, {
      detail: "pin: Invalid PIN, 2 attempt(s) left",
      errors: { pin: "Invalid PIN, 2 attempt(s) left" },
      error_code: "invalid_pin",
      error_message: "pin: Invalid PIN, 2 attempt(s) left",
    });
    const error = (await failure(client.memberships.status({ user: "x", merchant: 14 }))) as StampsApiError;
    expect(error).toMatchObject({ errorCode: "invalid_pin", fieldErrors: { pin: "Invalid PIN, 2 attempt(s) left" } });
    expect(stampsErrorToAppError(error)).toMatchObject({
      upstreamCode: "invalid_pin",
      userMessage: "pin: Invalid PIN, 2 attempt(s) left",
    });
  });

  it("reads a body with only errors.info, as transactions/cancel sends it", async () => {
    const { client } = clientAnswering(400, {
      errors: { info: "Transaction can't be canceled due to insufficient Stamps" },
    });
    const error = (await failure(client.memberships.status({ user: "x", merchant: 14 }))) as StampsApiError;
    expect(error.detail).toBe("Transaction can't be canceled due to insufficient Stamps");
  });

  it("maps 401, 403 and 404 to sentences without the token", async () => {
    for (const [status, body, code, phrase] of [
      [401, { detail: "Invalid token." }, "UPSTREAM_ERROR", "did not accept this merchant's API token"],
      [403, { detail: "Authentication credentials were not provided." }, "UPSTREAM_ERROR", "refused"],
      [404, { detail: "Member not found" }, "NOT_FOUND", "Member not found"],
    ] as const) {
      const { client } = clientAnswering(status, body);
      const error = (await failure(client.memberships.status({ user: "x", merchant: 14 }))) as StampsApiError;
      const appError = stampsErrorToAppError(error);
      expect(appError.code).toBe(code);
      expect(appError.userMessage).toContain(phrase);
      expect(JSON.stringify({ ...error, message: error.message, app: appError.userMessage })).not.toContain(TOKEN);
    }
  });

  it("retries a read once after a gateway error, then reports a server error", async () => {
    const { client, fetchFn } = clientAnswering(502, "<html>Bad gateway</html>");
    const error = (await failure(client.memberships.status({ user: "x", merchant: 14 }))) as StampsApiError;
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(error.status).toBe(502);
    expect(stampsErrorToAppError(error)).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
  });

  it("reports an answer of the wrong shape, saying where", async () => {
    const { client } = clientAnswering(200, { ...alice, stamps: "ten" });
    const error = await failure(client.memberships.status({ user: "x", merchant: 14 }));
    expect(error).toBeInstanceOf(StampsResponseError);
    expect(error.message).toContain("stamps");
  });

  it("gives up after the timeout", async () => {
    const hanging = (_url: URL | RequestInfo, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(init.signal!.reason as Error)),
      );
    const client = createStampsClient({
      baseUrl: "https://stamps.test",
      tokenType: "Token",
      token: TOKEN,
      timeoutMs: 50,
      allowedOrigins: ["https://stamps.test"],
      fetch: hanging,
    });
    const error = await failure(client.memberships.status({ user: "x", merchant: 14 }));
    expect(error).toBeInstanceOf(StampsTimeoutError);
    expect(stampsErrorToAppError(error as StampsTimeoutError).userMessage).toContain("did not answer within");
  });

  it("reports a refused connection as a network error", async () => {
    const client = createStampsClient({
      baseUrl: "http://localhost:9",
      tokenType: "Token",
      token: TOKEN,
      timeoutMs: 2000,
      allowedOrigins: ["http://localhost:9"],
    });
    const error = await failure(client.memberships.status({ user: "x", merchant: 14 }));
    expect(error).toBeInstanceOf(StampsNetworkError);
    expect(error.message).not.toContain(TOKEN);
  });

  it("never writes the token to the log", async () => {
    const lines: unknown[] = [];
    const spies = (["info", "warn", "error"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((line: unknown) => void lines.push(line)),
    );
    const { client } = clientAnswering(401, { detail: "Invalid token." });
    await failure(client.memberships.status({ user: "x", merchant: 14 }));
    spies.forEach((spy) => spy.mockRestore());
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  it("logs a failed request by error name and code, so a token the header refused never reaches the log", async () => {
    const lines: unknown[] = [];
    const spies = (["info", "warn", "error"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((line: unknown) => void lines.push(line)),
    );
    const badToken = "stored-before-validation\nX-Injected: yes";
    const client = createStampsClient({
      baseUrl: "http://localhost:9",
      tokenType: "Token",
      token: badToken,
      timeoutMs: 2000,
      allowedOrigins: ["http://localhost:9"],
    });
    const error = await failure(client.memberships.status({ user: "x", merchant: 14 }));
    spies.forEach((spy) => spy.mockRestore());
    expect(error).toBeInstanceOf(StampsNetworkError);
    expect(lines.join("\n")).toContain('"error":"TypeError"');
    expect(lines.join("\n")).not.toContain("stored-before-validation");
    expect(error.message).not.toContain("stored-before-validation");
  });
});
