import { request as httpRequest } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createEmulatorApp } from "../app";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, serveOverHttp, TEST_DEMO_TOKEN } from "../testing/test-emulator";
import { createFaultInjector } from "./fault-injector";
import type { TFaultRuleInput } from "./fault-rules";

const SECRET = "test-control-secret";
const STATUS_URL = "/api/memberships/status?user=customer@stamps.co.id&merchant=14";
const SUGGESTIONS_URL = "/api/memberships/suggestions?query=steve&merchant=14";
const api = { Authorization: `Token ${TEST_DEMO_TOKEN}` };
const control = { "X-Emulator-Secret": SECRET, "Content-Type": "application/json" };

let emulator: TestEmulator;
let randomValues: number[] = [];
const faults = createFaultInjector({ controlSecret: SECRET, random: () => randomValues.shift() ?? 0 });
let app: ReturnType<typeof createEmulatorApp>;

beforeAll(async () => {
  emulator = await createTestEmulator();
  app = createEmulatorApp({ db: emulator.db, faults, logError: (line) => emulator.loggedErrors.push(line) });
});
afterAll(async () => {
  await emulator.close();
});
afterEach(() => {
  faults.clear();
  randomValues = [];
  expect(emulator.loggedErrors).toEqual([]);
});

async function addFault(rule: TFaultRuleInput) {
  const res = await app.request("/_emulator/faults", { method: "POST", headers: control, body: JSON.stringify(rule) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { fault: { id: number } }).fault;
}

const listFaults = async () =>
  ((await (await app.request("/_emulator/faults", { headers: control })).json()) as { faults: unknown[] }).faults;

describe("the control endpoint", () => {
  it("does not exist when no control secret is configured", async () => {
    const res = await emulator.app.request("/_emulator/faults", { headers: control });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: "Not found." });
  });

  it("answers 401 without the secret and 403 with a wrong one", async () => {
    const missing = await app.request("/_emulator/faults");
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ detail: "The X-Emulator-Secret header is required." });

    const wrong = await app.request("/_emulator/faults", {
      method: "POST",
      headers: { ...control, "X-Emulator-Secret": "guess" },
      body: JSON.stringify({ path: "/api/*", kind: "drop" }),
    });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ detail: "Invalid emulator control secret." });
    expect(await listFaults()).toEqual([]);

    const deleteOne = await app.request("/_emulator/faults/1", { method: "DELETE" });
    expect(deleteOne.status).toBe(401);
  });

  it("lists what was added, with hits and the uses left", async () => {
    expect(await listFaults()).toEqual([]);
    const added = await addFault({ path: "/api/memberships/status", kind: "error", status: 502, times: 3 });
    await app.request(STATUS_URL, { headers: api });
    expect(await listFaults()).toEqual([
      {
        id: added.id,
        path: "/api/memberships/status",
        kind: "error",
        status: 502,
        rate: 1,
        times: 3,
        hits: 1,
        remaining: 2,
      },
    ]);
  });

  it("refuses invalid rules with the field errors", async () => {
    const res = await app.request("/_emulator/faults", {
      method: "POST",
      headers: control,
      body: JSON.stringify({ path: "api/x", kind: "error", status: 404, rate: 2 }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Record<string, string>[] };
    expect(body.errors.map((error) => Object.keys(error)[0]).sort()).toEqual(["path", "rate", "status"]);

    const unknownKind = await app.request("/_emulator/faults", {
      method: "POST",
      headers: control,
      body: JSON.stringify({ path: "/api/*", kind: "explode" }),
    });
    expect(unknownKind.status).toBe(400);
  });

  it("clears every rule, or one by id", async () => {
    const first = await addFault({ path: "/api/memberships/status", kind: "error" });
    const second = await addFault({ path: "/api/memberships/suggestions", kind: "error" });

    expect((await app.request(`/_emulator/faults/${first.id}`, { method: "DELETE", headers: control })).status).toBe(
      204,
    );
    expect((await app.request(STATUS_URL, { headers: api })).status).toBe(200);
    expect((await app.request(SUGGESTIONS_URL, { headers: api })).status).toBe(503);
    const again = await app.request(`/_emulator/faults/${first.id}`, { method: "DELETE", headers: control });
    expect(again.status).toBe(404);

    expect((await app.request("/_emulator/faults", { method: "DELETE", headers: control })).status).toBe(204);
    expect(await listFaults()).toEqual([]);
    expect((await app.request(SUGGESTIONS_URL, { headers: api })).status).toBe(200);
    expect(second.id).toBeGreaterThan(first.id);
  });
});

describe("error faults", () => {
  it("answer the chosen status with a Stamps-shaped body, only on the matching endpoint", async () => {
    await addFault({ path: "/api/memberships/status", kind: "error", status: 503 });

    const hit = await app.request(STATUS_URL, { headers: api });
    expect(hit.status).toBe(503);
    expect(hit.headers.get("Content-Type")).toBe("application/json");
    expect(await hit.json()).toEqual({ detail: "Service temporarily unavailable, try again later." });

    expect((await app.request(SUGGESTIONS_URL, { headers: api })).status).toBe(200);
  });

  it("match path patterns and methods", async () => {
    await addFault({ path: "/api/memberships/*", method: "get", kind: "error", status: 500 });
    expect((await app.request(STATUS_URL, { headers: api })).status).toBe(500);
    expect((await app.request(SUGGESTIONS_URL, { headers: api })).status).toBe(500);
    const post = await app.request("/api/memberships/status", { method: "POST", headers: api });
    expect(post.status).toBe(405);
  });

  it("hit only `times` requests", async () => {
    await addFault({ path: "/api/memberships/status", kind: "error", status: 500, times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request(STATUS_URL, { headers: api })).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it("hit the given share of requests", async () => {
    await addFault({ path: "/api/memberships/status", kind: "error", status: 502, rate: 0.5 });
    randomValues = [0.7, 0.2, 0.5, 0.49];
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request(STATUS_URL, { headers: api })).status);
    expect(statuses).toEqual([200, 502, 200, 502]);
  });

  it("send Retry-After and DRF's throttling message for 429", async () => {
    await addFault({ path: "/api/memberships/status", kind: "error", status: 429, retryAfter: 30 });
    const res = await app.request(STATUS_URL, { headers: api });
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("30");
    expect(await res.json()).toEqual({ detail: "Request was throttled. Expected available in 30 seconds." });
  });
});

describe("latency faults", () => {
  it("delay the matching endpoint only, then answer normally", async () => {
    await addFault({ path: "/api/memberships/status", kind: "latency", delayMs: 150 });

    const started = performance.now();
    const slow = await app.request(STATUS_URL, { headers: api });
    expect(slow.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);

    // The other endpoint is not delayed: the rule fired for the status request only.
    expect((await app.request(SUGGESTIONS_URL, { headers: api })).status).toBe(200);
    expect(faults.list().map((rule) => rule.hits)).toEqual([1]);
  });

  it("add up with a later error rule", async () => {
    await addFault({ path: "/api/*", kind: "latency", delayMs: 100 });
    await addFault({ path: "/api/memberships/status", kind: "error", status: 504 });
    const started = performance.now();
    const res = await app.request(STATUS_URL, { headers: api });
    expect(res.status).toBe(504);
    expect(await res.json()).toEqual({ detail: "Gateway timeout." });
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });
});

describe("over a real connection", () => {
  let baseUrl: string;
  let server: Awaited<ReturnType<typeof serveOverHttp>>;

  beforeAll(async () => {
    server = await serveOverHttp(app);
    baseUrl = server.baseUrl;
  });
  afterAll(() => server.close());

  it("drop faults close the connection without a response, and the server carries on", async () => {
    await addFault({ path: "/api/memberships/status", kind: "drop", times: 1 });

    const error = await new Promise<NodeJS.ErrnoException>((resolve, reject) => {
      const req = httpRequest(`${baseUrl}${STATUS_URL}`, { headers: api, agent: false }, (res) =>
        reject(new Error(`got a response: ${res.statusCode}`)),
      );
      req.on("error", resolve);
      req.end();
    });
    expect(error.code).toBe("ECONNRESET");

    const next = await fetch(`${baseUrl}${STATUS_URL}`, { headers: api });
    expect(next.status).toBe(200);
  });

  it("timeout faults hold the request until the client gives up", async () => {
    await addFault({ path: "/api/memberships/status", kind: "timeout", holdMs: 60_000 });
    const started = performance.now();
    await expect(fetch(`${baseUrl}${STATUS_URL}`, { headers: api, signal: AbortSignal.timeout(300) })).rejects.toThrow(
      /aborted|timeout/i,
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    await vi.waitFor(() => expect(faults.heldCount()).toBe(0));

    expect((await fetch(`${baseUrl}${SUGGESTIONS_URL}`, { headers: api })).status).toBe(200);
  });

  it("timeout faults answer 504 after the hold, or at once when released for a shutdown", async () => {
    await addFault({ path: "/api/memberships/status", kind: "timeout", holdMs: 200, times: 1 });
    const started = performance.now();
    const res = await fetch(`${baseUrl}${STATUS_URL}`, { headers: api });
    expect(res.status).toBe(504);
    expect(await res.json()).toEqual({ detail: "Gateway timeout." });
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);

    await addFault({ path: "/api/memberships/suggestions", kind: "timeout", holdMs: 60_000 });
    const held = fetch(`${baseUrl}${SUGGESTIONS_URL}`, { headers: api });
    await vi.waitFor(() => expect(faults.heldCount()).toBe(1));
    faults.releaseHeld();
    expect((await held).status).toBe(504);
  });
});
