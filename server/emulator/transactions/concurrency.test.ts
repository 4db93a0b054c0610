import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, serveOverHttp, TEST_DEMO_TOKEN } from "../testing/test-emulator";

// Real HTTP on an ephemeral port: concurrent requests reach the app as they would in production,
// so a check-then-write that awaited in between could interleave.

let emulator: TestEmulator;
let baseUrl: string;
let server: Awaited<ReturnType<typeof serveOverHttp>>;

beforeAll(async () => {
  emulator = await createTestEmulator();
  server = await serveOverHttp(emulator.app);
  baseUrl = server.baseUrl;
});
afterAll(async () => {
  await server.close();
  await emulator.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { Authorization: `Token ${TEST_DEMO_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

const transaction = (invoice: string, created = "2025-09-01T10:00:00+07:00") => ({
  user: "customer@stamps.co.id",
  store: 422,
  invoice_number: invoice,
  total_value: 50000,
  number_of_people: 2,
  created,
});

const aliceStamps = () =>
  emulator.db.sqlite.prepare("SELECT stamps FROM memberships WHERE user_id = 2456 AND merchant_id = 14").pluck().get();

describe("concurrent transactions/add", () => {
  it("stores one of 20 simultaneous adds of one invoice, store and day; the rest get the duplicate error", async () => {
    const before = aliceStamps() as number;
    // Same business day, different times: the uniqueness is per day, not per timestamp.
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          "/api/v2/transactions/add",
          transaction("RACE-1", `2025-09-01T${String(8 + (i % 10)).padStart(2, "0")}:00:00+07:00`),
        ),
      ),
    );
    const statuses = responses.map((res) => res.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 400)).toHaveLength(19);
    const errors = await Promise.all(responses.filter((res) => res.status === 400).map((res) => res.json()));
    for (const error of errors) {
      expect(error).toEqual({
        detail: "Your transaction cannot be completed due to the following error(s)",
        errors: [{ invoice_number: "Transaction with this invoice number already exists." }],
      });
    }
    const stored = emulator.db.sqlite
      .prepare("SELECT count(*) FROM transactions WHERE invoice_number = 'RACE-1' AND store_id = 422")
      .pluck()
      .get();
    expect(stored).toBe(1);
    expect(aliceStamps()).toBe(before + 5);
  });

  it("credits every one of 20 simultaneous adds of different invoices", async () => {
    const before = aliceStamps() as number;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post("/api/v2/transactions/add", transaction(`RACE-2-${i}`))),
    );
    expect(responses.map((res) => res.status)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(aliceStamps()).toBe(before + 20 * 5);
  });

  it("cancels once when 10 cancels of one transaction arrive together", async () => {
    await post("/api/v2/transactions/add", transaction("RACE-3", "2025-09-02T10:00:00+07:00"));
    const before = aliceStamps() as number;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        post("/api/v2/transactions/cancel", { invoice_number: "RACE-3", date: "2025-09-02" }),
      ),
    );
    expect(responses.filter((res) => res.status === 200)).toHaveLength(1);
    expect(aliceStamps()).toBe(before - 5);
  });
});
