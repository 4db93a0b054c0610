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

const DETAIL = "Your transaction cannot be completed due to the following error(s)";

const post = async (path: string, body: unknown) => {
  const res = await emulator.app.request(path, {
    method: "POST",
    headers: { Authorization: `Token ${TEST_DEMO_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const add = (user: string, invoice: string, totalValue: number, extra: Record<string, unknown> = {}) =>
  post("/api/v2/transactions/add", {
    user,
    store: 32,
    invoice_number: invoice,
    total_value: totalValue,
    number_of_people: 1,
    created: "2025-10-01T09:00:00+07:00",
    ...extra,
  });

const memberStamps = (email: string) =>
  emulator.db.sqlite
    .prepare(
      "SELECT m.stamps FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ? AND m.merchant_id = 14",
    )
    .pluck()
    .get(email) as number;

describe("POST /api/v2/transactions/cancel", () => {
  it("cancels the documented example and claws back its stamps", async () => {
    const before = memberStamps("bob@stamps.co.id");
    const res = await post("/api/v2/transactions/cancel", { invoice_number: "ABCD123", date: "2021-02-01" });
    expect(res).toEqual({
      status: 200,
      body: {
        transaction: { stamps_earned: 3, id: 2, value: 30000, status: "Canceled" },
        membership: {
          tags: [],
          status: 100,
          status_text: "Blue",
          stamps: before - 3,
          balance: 0,
          is_blocked: false,
          referral_code: expect.any(String) as unknown,
          start_date: "2016-07-25",
          created: "2016-07-25",
        },
      },
    });
  });

  it("refuses a second cancel", async () => {
    const res = await post("/api/v2/transactions/cancel", { invoice_number: "ABCD123", date: "2021-02-01" });
    expect(res).toEqual({ status: 400, body: { errors: { info: "Transaction is already canceled" } } });
  });

  it("refuses when the member no longer has the stamps it earned", async () => {
    // Rudi has 13 stamps; a 200,000 transaction earns 20, then he spends down to 5.
    await add("+6281534560032", "CANCEL-1", 200000);
    emulator.db.sqlite.prepare("UPDATE memberships SET stamps = 5 WHERE user_id = 45 AND merchant_id = 14").run();
    const res = await post("/api/v2/transactions/cancel", { invoice_number: "CANCEL-1", date: "2025-10-01" });
    expect(res).toEqual({
      status: 400,
      body: { errors: { info: "Transaction can't be canceled due to insufficient Stamps" } },
    });
  });

  it("takes back the level the transaction's spend gave", async () => {
    const added = await add("steven.wijaya@example.com", "CANCEL-2", 900000);
    expect(added.body.customer).toMatchObject({ status: "Silver" });
    const canceled = await post("/api/v2/transactions/cancel", { invoice_number: "CANCEL-2", date: "2025-10-01" });
    expect(canceled.body.membership).toMatchObject({ status: 100, status_text: "Blue" });
  });

  it("answers 404 for an unknown invoice and keyed errors for missing fields", async () => {
    expect(await post("/api/v2/transactions/cancel", { invoice_number: "NOPE", date: "2021-02-01" })).toEqual({
      status: 404,
      body: { detail: "Not found." },
    });
    expect(await post("/api/v2/transactions/cancel", { date: "01-02-2021" })).toEqual({
      status: 400,
      body: {
        errors: {
          invoice_number: "This field is required.",
          date: "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
        },
      },
    });
  });
});

describe("POST /api/v2/transactions/modify", () => {
  it("applies the documented example's deltas and recomputes the stamps", async () => {
    const res = await post("/api/v2/transactions/modify", {
      id: 1,
      total_value: -4000,
      subtotal: -3000,
      items: [{ product_name: "AQUA", quantity: -1 }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      transaction: { id: 1, value: 34000, stamps_earned: 3, number_of_people: 1 },
      customer: { id: 13, mobile_phone: "+62811231232", status: "Blue", balance: 0 },
    });
    const details = await emulator.get("/api/transactions/details?transaction_id=1");
    const { transaction } = (await details.json()) as { transaction: { items: unknown[]; subtotal: number } };
    expect(transaction.subtotal).toBe(35000);
    expect(transaction.items).toContainEqual({
      id: expect.any(Number) as unknown,
      name: "AQUA",
      quantity: 1,
      subtotal: 4000,
    });
  });

  it("takes stamps back when the value drops below a threshold", async () => {
    const added = await add("bob@stamps.co.id", "MODIFY-1", 52000);
    const id = (added.body.transaction as { id: number }).id;
    const before = memberStamps("bob@stamps.co.id");
    const res = await post("/api/v2/transactions/modify", { id, total_value: -3000, subtotal: 0, items: [] });
    expect(res.body.transaction).toMatchObject({ value: 49000, stamps_earned: 4 });
    expect(memberStamps("bob@stamps.co.id")).toBe(before - 1);
  });

  // issue 12, departure 1: the scaled stamps_subtotal was not saved, so a later modify started
  // again from the original stamps and could give stamps back.
  it("never gives stamps on a deduction, and keeps the stamps preview-earnings gives for what is left", async () => {
    const cappucino = { product_name: "Cappucino", quantity: 2, subtotal: 10000, stamps_subtotal: 4 };
    const added = await add("bob@stamps.co.id", "MODIFY-2", 10000, { items: [cappucino] });
    const id = (added.body.transaction as { id: number; stamps_earned: number }).id;
    expect((added.body.transaction as { stamps_earned: number }).stamps_earned).toBe(4);
    const start = memberStamps("bob@stamps.co.id");

    const first = await post("/api/v2/transactions/modify", {
      id,
      total_value: -5000,
      subtotal: -5000,
      items: [{ product_name: "Cappucino", quantity: -1 }],
    });
    expect(first.body.transaction).toMatchObject({ value: 5000, stamps_earned: 2 });
    expect(memberStamps("bob@stamps.co.id")).toBe(start - 2);

    const second = await post("/api/v2/transactions/modify", { id, total_value: -1000, subtotal: -1000, items: [] });
    expect(second.body.transaction).toMatchObject({ value: 4000, stamps_earned: 2 });
    expect(memberStamps("bob@stamps.co.id")).toBe(start - 2);

    const preview = await post("/api/v2/transactions/preview-earnings", {
      user: "bob@stamps.co.id",
      store: 32,
      total_value: 4000,
      items: [{ product_name: "Cappucino", quantity: 1, subtotal: 5000, stamps_subtotal: 2 }],
    });
    expect(preview.body).toEqual({ stamps: 2 });
  });

  it("moves the member by the difference over a run of deductions, never upwards", async () => {
    const items = [
      { product_name: "Cappucino", quantity: 3, subtotal: 15000, stamps_subtotal: 5 },
      { product_name: "Iced Tea", quantity: 4, subtotal: 5000 },
    ];
    const added = await add("bob@stamps.co.id", "MODIFY-3", 60000, { items });
    const id = (added.body.transaction as { id: number }).id;
    let stamps = (added.body.transaction as { stamps_earned: number }).stamps_earned;
    let member = memberStamps("bob@stamps.co.id");
    const steps = [
      { total_value: -5000, subtotal: -5000, items: [{ product_name: "Cappucino", quantity: -1 }] },
      { total_value: -12000, subtotal: 0, items: [] },
      { total_value: 0, subtotal: 0, items: [{ product_name: "Iced Tea", quantity: -2 }] },
      { total_value: -5000, subtotal: -5000, items: [{ product_name: "Cappucino", quantity: -1 }] },
      { total_value: -1000, subtotal: -1000, items: [] },
      { total_value: -5000, subtotal: -5000, items: [{ product_name: "Cappucino", quantity: -1 }] },
    ];
    for (const step of steps) {
      const res = await post("/api/v2/transactions/modify", { id, ...step });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const next = (res.body.transaction as { stamps_earned: number }).stamps_earned;
      expect(next).toBeLessThanOrEqual(stamps);
      expect(memberStamps("bob@stamps.co.id") - member).toBe(next - stamps);
      stamps = next;
      member = memberStamps("bob@stamps.co.id");
    }
    expect(stamps).toBe(3);
  });

  // issue 12, departure 3: the document's table marks items as required (an empty list is fine).
  it("requires items", async () => {
    const res = await post("/api/v2/transactions/modify", { id: 1, total_value: -1000, subtotal: -1000 });
    expect(res).toEqual({
      status: 400,
      body: {
        detail: "items: This field is required.",
        error_message: "items: This field is required.",
        error_code: "required",
        errors: { items: "This field is required." },
      },
    });
  });

  it("answers product_not_found in the documented shape", async () => {
    const res = await post("/api/v2/transactions/modify", {
      id: 1,
      total_value: 0,
      subtotal: 0,
      items: [{ product_name: "Teh Botol", quantity: -1 }],
    });
    expect(res).toEqual({
      status: 400,
      body: {
        detail: "product_name: Product does not exists",
        error_message: "product_name: Product does not exists",
        error_code: "product_not_found",
        errors: { product_name: "Product does not exists" },
      },
    });
  });

  it("refuses positive deltas and unknown transactions", async () => {
    const positive = await post("/api/v2/transactions/modify", { id: 1, total_value: 100, subtotal: 0, items: [] });
    expect(positive.status).toBe(400);
    expect(positive.body).toMatchObject({
      error_code: "invalid",
      errors: { total_value: "Ensure this value is less than or equal to 0." },
    });
    const missing = await post("/api/v2/transactions/modify", { id: 999999, total_value: 0, subtotal: 0, items: [] });
    expect(missing).toEqual({ status: 404, body: { detail: "Not found." } });
  });
});

describe("POST /api/v2/transactions/add-or-update", () => {
  const exampleItems = [
    { product_name: "Cappucino", quantity: 2, subtotal: 10000, stamps_subtotal: 4 },
    { product_name: "Iced Tea", quantity: 4, subtotal: 5000, stamps_subtotal: 4, eligible_for_stamps: false },
  ];

  it("completes the items of a transaction added without them", async () => {
    const res = await post("/api/v2/transactions/add-or-update", {
      store: 32,
      invoice_number: "my_invoice_number",
      items: exampleItems,
    });
    expect(res.status).toBe(200);
    expect(res.body.transaction).toEqual({
      stamps_earned: 4,
      id: 2000,
      value: 15000,
      number_of_people: 2,
      discount: null,
    });
    expect(res.body.customer).toMatchObject({ id: 2456, status: "Gold" });
  });

  it("refuses to complete it twice", async () => {
    const res = await post("/api/v2/transactions/add-or-update", {
      store: 32,
      invoice_number: "my_invoice_number",
      items: exampleItems,
    });
    expect(res).toEqual({
      status: 400,
      body: { detail: DETAIL, errors: [{ invoice_number: "This Transaction's detail is already complete." }] },
    });
  });

  it("checks that the item prices add up to the transaction's value", async () => {
    const res = await post("/api/v2/transactions/add-or-update", {
      store: 422,
      invoice_number: "invoice_1",
      items: [{ product_name: "Cappucino", quantity: 2, price: 10000 }],
    });
    expect(res).toEqual({
      status: 400,
      body: { error_code: "invalid_total_item_price", detail: "Total item price need to equal transaction value" },
    });
    const missing = await post("/api/v2/transactions/add-or-update", {
      store: 422,
      invoice_number: "invoice_1",
      items: [{ product_name: "Cappucino", quantity: 2 }],
    });
    expect(missing).toEqual({
      status: 400,
      body: { detail: DETAIL, errors: [{ subtotal: "This field is required." }] },
    });
  });

  it("adds the transaction when the store has no such invoice", async () => {
    const res = await post("/api/v2/transactions/add-or-update", {
      user: "bob@stamps.co.id",
      store: 32,
      invoice_number: "NEW-ON-UPDATE",
      total_value: 15000,
      number_of_people: 1,
      created: "2025-10-02T10:00:00+07:00",
      items: exampleItems,
    });
    expect(res.status).toBe(200);
    expect(res.body.transaction).toMatchObject({ value: 15000, stamps_earned: 4 });
    const incomplete = await post("/api/v2/transactions/add-or-update", {
      store: 32,
      invoice_number: "UNKNOWN",
      items: [],
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors).toContainEqual({ total_value: "This field is required." });
  });
});
