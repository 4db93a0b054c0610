import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, TEST_DEMO_TOKEN } from "../testing/test-emulator";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await createTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

type Page = {
  transactions: { id: number; merchant_id: number; status: number; meta: { channel: number } }[];
  has_next: boolean;
};

const json = async <T>(res: Response) => ({ status: res.status, body: (await res.json()) as T });

describe("GET /api/transactions/details", () => {
  it("answers the documented example (merchant=123 is not a parameter)", async () => {
    const res = await json(await emulator.get("/api/transactions/details?merchant=123&transaction_id=345"));
    expect(res).toEqual({
      status: 200,
      body: {
        transaction: {
          id: 345,
          invoice_number: "GI-20210430-045",
          created: 1619734844,
          discount: null,
          items: [
            { id: expect.any(Number) as unknown, name: "Cafe Latte", quantity: 30, subtotal: 1050000 },
            { id: expect.any(Number) as unknown, name: "Fried Rice", quantity: 10, subtotal: 450000 },
          ],
          notes: "",
          service_charge: null,
          stamps: 150,
          status: "Created",
          store: { display_name: "Stamps Coffee Grand Indonesia", id: 2, name: "Grand Indonesia" },
          subtotal: 1500000,
          tax: null,
          type: 1,
          channel: 2,
          value: 1500000,
          payments: [
            {
              id: expect.any(Number) as unknown,
              value: 1500000,
              eligible_for_stamps: 150,
              payment_method_code: "CASH",
            },
          ],
        },
      },
    });
  });

  it("answers 404 for another merchant's transaction and 400 without an id", async () => {
    const foreign = await emulator.get("/api/transactions/details?transaction_id=348");
    expect(await json(foreign)).toEqual({ status: 404, body: { detail: "Not found." } });
    const missing = await emulator.get("/api/transactions/details");
    expect((await json(missing)).status).toBe(400);
  });
});

describe("GET /api/transactions/by-user", () => {
  const byUser = async (query: string) => json<Page>(await emulator.get(`/api/transactions/by-user?${query}`));

  it("filters the documented example by sister merchants, channels and end date", async () => {
    const res = await byUser("user=123&merchant_id=2&merchant_id=3&channel=2&channel=4&end_date=2022-09-12");
    expect(res.status).toBe(200);
    expect(res.body.transactions.map((t) => t.id)).toEqual([351, 350, 349, 348]);
    expect(res.body.has_next).toBe(false);
    expect(res.body.transactions[0]).toEqual({
      id: 351,
      value: 56000,
      stamps_earned: 5,
      number_of_people: 1,
      discount: null,
      subtotal: 56000,
      invoice_number: "WALKIN-004",
      created: 1661840400,
      merchant: "Stamps Juice Bar",
      merchant_id: 3,
      status: 1,
      meta: { channel: 2, channel_text: "POS" },
      store: { name: "Central Park", display_name: "Stamps Juice Bar Central Park" },
    });
  });

  it("shows the token's merchant by default and every group merchant for merchant_id=0", async () => {
    expect((await byUser("user=123")).body.transactions.map((t) => t.merchant_id)).toEqual([14]);
    expect((await byUser("user=123&merchant_id=[0]")).body.transactions).toHaveLength(6);
  });

  it("pages with last_transaction_id and has_next", async () => {
    const first = await byUser("user=customer@stamps.co.id");
    expect(first.body.transactions).toHaveLength(10);
    expect(first.body.has_next).toBe(true);
    const ids = first.body.transactions.map((t) => t.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const next = await byUser(`user=customer@stamps.co.id&last_transaction_id=${ids.at(-1)}`);
    expect(next.body.transactions[0]?.id).toBeLessThan(ids.at(-1) ?? 0);
  });

  it("filters by date range and includes canceled transactions", async () => {
    const res = await byUser("user=customer@stamps.co.id&start_date=2021-04-30&end_date=2021-04-30");
    expect(res.body.transactions.map((t) => t.id)).toEqual([345]);
    const all: Page["transactions"] = [];
    for (let last = ""; ;) {
      const page = await byUser(`user=customer@stamps.co.id${last}`);
      all.push(...page.body.transactions);
      if (!page.body.has_next) break;
      last = `&last_transaction_id=${page.body.transactions.at(-1)?.id}`;
    }
    expect(all.some((t) => t.status === 2)).toBe(true);
  });

  it("refuses merchants outside the token's group and answers 404 for an unknown user", async () => {
    expect((await byUser("user=123&merchant_id=15")).status).toBe(403);
    expect(await byUser("user=nobody@stamps.co.id")).toEqual({
      status: 404,
      body: { detail: 'Member with identifier "nobody@stamps.co.id" not found.' },
    });
  });
});

describe("/api/v2/transactions/preview-earnings", () => {
  const payload = {
    user: "customer@stamps.co.id",
    store: 422,
    total_value: 50000,
    items: [
      { product_name: "Cappucino", quantity: 2, subtotal: 10000 },
      { product_name: "Iced Tea", quantity: 4, subtotal: 5000, eligible_for_stamps: false },
    ],
  };

  it("answers POST with the stamps the transaction would earn, storing nothing", async () => {
    const count = () => emulator.db.sqlite.prepare("SELECT count(*) FROM transactions").pluck().get();
    const before = count();
    const res = await emulator.app.request("/api/v2/transactions/preview-earnings", {
      method: "POST",
      headers: { Authorization: `Token ${TEST_DEMO_TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify(payload),
    });
    expect(await json(res)).toEqual({ status: 200, body: { stamps: 4 } });
    expect(res.headers.get("Allow")).toBe("GET, POST, HEAD, OPTIONS");
    expect(count()).toBe(before);
  });

  it("answers GET with the same fields in the query string", async () => {
    const query = new URLSearchParams({
      user: payload.user,
      store: "422",
      total_value: "50000",
      items: JSON.stringify(payload.items),
    });
    expect(await json(await emulator.get(`/api/v2/transactions/preview-earnings?${query}`))).toEqual({
      status: 200,
      body: { stamps: 4 },
    });
  });

  it("requires store and total_value", async () => {
    const res = await json(await emulator.get("/api/v2/transactions/preview-earnings"));
    expect(res).toEqual({
      status: 400,
      body: {
        detail: "Your transaction cannot be completed due to the following error(s)",
        errors: [{ store: "This field is required." }, { total_value: "This field is required." }],
      },
    });
  });
});
