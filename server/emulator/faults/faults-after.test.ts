import { request as httpRequest } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createEmulatorApp } from "../app";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, serveOverHttp, TEST_DEMO_TOKEN } from "../testing/test-emulator";
import { createFaultInjector } from "./fault-injector";
import type { TFaultRuleInput } from "./fault-rules";

// Faults with `after: true`: the API does its work, then the answer is lost. What a client of an API without
// idempotency keys must survive (the campaign engine reconciles such calls by the key in the voucher's notes).

const SECRET = "test-control-secret";
const api = { Authorization: `Token ${TEST_DEMO_TOKEN}`, "Content-Type": "application/json" };
const control = { "X-Emulator-Secret": SECRET, "Content-Type": "application/json" };

let emulator: TestEmulator;
const faults = createFaultInjector({ controlSecret: SECRET });
let app: ReturnType<typeof createEmulatorApp>;
let baseUrl: string;
let server: Awaited<ReturnType<typeof serveOverHttp>>;

beforeAll(async () => {
  emulator = await createTestEmulator();
  app = createEmulatorApp({ db: emulator.db, faults, logError: (line) => emulator.loggedErrors.push(line) });
  server = await serveOverHttp(app);
  baseUrl = server.baseUrl;
});
afterAll(async () => {
  await server.close();
  await emulator.close();
});
afterEach(() => {
  faults.clear();
  expect(emulator.loggedErrors).toEqual([]);
});

async function addFault(rule: TFaultRuleInput) {
  const res = await app.request("/_emulator/faults", { method: "POST", headers: control, body: JSON.stringify(rule) });
  expect(res.status).toBe(201);
}

// Yesterday, so the voucher is valid now (by-merchant-group lists only vouchers that can be used).
const startDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const issueBody = (notes: string) =>
  JSON.stringify({ user: "customer@stamps.co.id", voucher_template: 3, start_date: startDate, quantity: 1, notes });

async function vouchersWithNotes(notes: string) {
  const res = await app.request("/api/vouchers/by-merchant-group?user=customer@stamps.co.id", { headers: api });
  const body = (await res.json()) as { vouchers: { id: number; notes: string }[] };
  return body.vouchers.filter((voucher) => voucher.notes === notes);
}

describe("faults after the API answered", () => {
  it("error: the voucher is issued, the client gets the 5xx", async () => {
    await addFault({ path: "/api/vouchers/issue", kind: "error", status: 502, after: true, times: 1 });
    const res = await app.request("/api/vouchers/issue", { method: "POST", headers: api, body: issueBody("lost-502") });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ detail: "Bad gateway." });
    expect(await vouchersWithNotes("lost-502")).toHaveLength(1);

    // Once the rule is used up, the answer comes through again.
    const ok = await app.request("/api/vouchers/issue", { method: "POST", headers: api, body: issueBody("lost-502") });
    expect(ok.status).toBe(200);
    expect(await vouchersWithNotes("lost-502")).toHaveLength(2);
  });

  it("before (the default): the request never reaches the API", async () => {
    await addFault({ path: "/api/vouchers/issue", kind: "error", status: 503, times: 1 });
    const res = await app.request("/api/vouchers/issue", { method: "POST", headers: api, body: issueBody("never") });
    expect(res.status).toBe(503);
    expect(await vouchersWithNotes("never")).toHaveLength(0);
  });

  it("drop: the voucher is issued, the connection closes without an answer", async () => {
    await addFault({ path: "/api/vouchers/issue", kind: "drop", after: true, times: 1 });
    const error = await new Promise<NodeJS.ErrnoException>((resolve, reject) => {
      const req = httpRequest(`${baseUrl}/api/vouchers/issue`, { method: "POST", headers: api, agent: false }, (res) =>
        reject(new Error(`got a response: ${res.statusCode}`)),
      );
      req.on("error", resolve);
      req.end(issueBody("lost-drop"));
    });
    expect(error.code).toBe("ECONNRESET");
    expect(await vouchersWithNotes("lost-drop")).toHaveLength(1);
  });

  it("timeout: the voucher is issued, the answer is held until the client gives up", async () => {
    await addFault({ path: "/api/vouchers/issue", kind: "timeout", holdMs: 60_000, after: true, times: 1 });
    await expect(
      fetch(`${baseUrl}/api/vouchers/issue`, {
        method: "POST",
        headers: api,
        body: issueBody("lost-timeout"),
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow(/aborted|timeout/i);
    // On a busy machine the client may give up before the emulator has done the work: it still does it.
    await expect.poll(() => vouchersWithNotes("lost-timeout"), { timeout: 15_000 }).toHaveLength(1);
  });

  it("is refused on latency rules, where it means nothing", async () => {
    const res = await app.request("/_emulator/faults", {
      method: "POST",
      headers: control,
      body: JSON.stringify({ path: "/api/*", kind: "latency", delayMs: 10, after: true }),
    });
    expect(res.status).toBe(400);
  });
});
