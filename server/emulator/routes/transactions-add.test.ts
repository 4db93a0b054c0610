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

const AUTH = { Authorization: `Token ${TEST_DEMO_TOKEN}` };
const ADD = "/api/v2/transactions/add";
const DETAIL = "Your transaction cannot be completed due to the following error(s)";

const post = (path: string, body: unknown, headers: Record<string, string> = AUTH) =>
  emulator.app.request(path, {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

let invoice = 0;
const add = (fields: Record<string, unknown> = {}) =>
  post(ADD, {
    user: "bob@stamps.co.id",
    store: 2,
    invoice_number: `TEST-${++invoice}`,
    total_value: 50000,
    number_of_people: 1,
    created: "2025-08-01T12:00:00+07:00",
    ...fields,
  });

const status = async (user: string) =>
  (await (await emulator.get(`/api/memberships/status?user=${user}&merchant=14`)).json()) as {
    stamps: number;
    balance: number;
    membership_status: string;
  };

// The JSON example of transaction.txt, with the missing comma after extra_data added.
const documentedExample = {
  user: "customer@stamps.co.id",
  stamps: 10,
  store: 32,
  invoice_number: "my_invoice_number",
  sub_total: 45000,
  total_value: 50000,
  number_of_people: 8,
  tax: 5000,
  channel: 1,
  require_email_notification: false,
  employee_code: "employee_code",
  type: 2,
  created: "2013-02-15T13:01:01+07",
  extra_data: { employee_name: "Stamps Employee", order_number: "order_number" },
  items: [
    { product_name: "Cappucino", quantity: 2, subtotal: 10000, stamps_subtotal: 4 },
    { product_name: "Iced Tea", quantity: 4, subtotal: 5000, stamps_subtotal: 4, eligible_for_stamps: false },
  ],
  payments: [
    { value: 30000, payment_method: 10 },
    { value: 20000, payment_method: 43, eligible_for_membership: false },
  ],
};

describe("POST /api/v2/transactions/add", () => {
  it("adds the documented example and answers the documented fields", async () => {
    const before = await status("customer@stamps.co.id");
    const res = await post(ADD, documentedExample);
    expect(res.status).toBe(200);
    expect(res.headers.get("Allow")).toBe("POST, OPTIONS");
    const body = (await res.json()) as { transaction: { id: number }; customer: unknown };
    expect(body).toEqual({
      customer: {
        id: 2456,
        mobile_phone: "+6281111111",
        stamps_remaining: before.stamps + 10,
        balance: 2000,
        status: "Gold",
      },
      transaction: { stamps_earned: 10, id: body.transaction.id, value: 50000, number_of_people: 8, discount: null },
    });
  });

  it("refuses the same invoice number at the same store on the same business day", async () => {
    const res = await post(ADD, { ...documentedExample, created: "2013-02-15T23:59:00+07:00" });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      detail: DETAIL,
      errors: [{ invoice_number: "Transaction with this invoice number already exists." }],
    });
  });

  it("accepts the invoice number again at another store or on another day (Jakarta time)", async () => {
    expect((await post(ADD, { ...documentedExample, store: 2 })).status).toBe(200);
    // 17:30 UTC is already the 16th in Jakarta.
    expect((await post(ADD, { ...documentedExample, created: "2013-02-15T17:30:00Z" })).status).toBe(200);
  });

  it("earns by the rule: ineligible items and fixed-stamp items leave the value base", async () => {
    const res = await add({
      items: [
        { product_name: "Cafe Latte", quantity: 1, subtotal: 35000, stamps_subtotal: 2 },
        { product_name: "AQUA", quantity: 1, subtotal: 4000, eligible_for_stamps: false },
      ],
    });
    expect(((await res.json()) as { transaction: { stamps_earned: number } }).transaction.stamps_earned).toBe(2 + 1);
  });

  it("creates an open transaction without a user", async () => {
    const res = await add({ user: "" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { customer: unknown; transaction: { id: number; stamps_earned: number } };
    expect(body.customer).toBeNull();
    expect(body.transaction.stamps_earned).toBe(0);
    const details = await emulator.get(`/api/transactions/details?transaction_id=${body.transaction.id}`);
    expect(await details.json()).toMatchObject({ transaction: { status: "Open" } });
  });

  it("moves the level by eligible spend, not counting payments excluded from membership", async () => {
    // Bob is Blue with Rp 250,000 of eligible spend; Silver starts at Rp 1,000,000.
    const excluded = await add({
      total_value: 800000,
      payments: [{ value: 800000, payment_method: 43, eligible_for_membership: false }],
    });
    expect(((await excluded.json()) as { customer: { status: string } }).customer.status).toBe("Blue");
    const counted = await add({ total_value: 750000, payments: [{ value: 750000, payment_method: 10 }] });
    expect(((await counted.json()) as { customer: { status: string } }).customer.status).toBe("Silver");
  });

  it("pays from the member's balance, and refuses more than the balance", async () => {
    const res = await add({
      user: "customer@stamps.co.id",
      total_value: 1500,
      payments: [{ value: 1500, payment_method: 50 }],
    });
    expect(((await res.json()) as { customer: { balance: number } }).customer.balance).toBe(500);
    const tooMuch = await add({
      user: "customer@stamps.co.id",
      total_value: 1500,
      payments: [{ value: 1500, payment_method: 50 }],
    });
    expect(tooMuch.status).toBe(400);
    expect(await tooMuch.json()).toEqual({ detail: DETAIL, errors: [{ payments: "Insufficient balance" }] });
  });

  it("answers an unknown or foreign store as the document shows", async () => {
    for (const store of [999, 5]) {
      const res = await add({ store });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ detail: DETAIL, errors: [{ invoice_number: "Store does not exist" }] });
    }
  });

  it("answers an unknown member and an unknown payment method", async () => {
    const member = await add({ user: "nobody@stamps.co.id" });
    expect(await member.json()).toEqual({
      detail: DETAIL,
      errors: [{ user: 'Member with identifier "nobody@stamps.co.id" not found.' }],
    });
    const method = await add({ payments: [{ value: 50000, payment_method: 99 }] });
    expect(await method.json()).toEqual({
      detail: DETAIL,
      errors: [{ payment_method: 'Invalid pk "99" - object does not exist.' }],
    });
  });

  it("lists every invalid field by its own name, nested ones included", async () => {
    const res = await post(ADD, { store: "x", created: "yesterday", channel: 12, items: [{ product_name: "AQUA" }] });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      detail: DETAIL,
      errors: [
        { store: "A valid integer is required." },
        { invoice_number: "This field is required." },
        { total_value: "This field is required." },
        { number_of_people: "This field is required." },
        {
          created:
            "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
        },
        { channel: '"12" is not a valid choice.' },
        { quantity: "This field is required." },
      ],
    });
  });

  it("answers 405 with Allow for GET, and 403 without a token", async () => {
    const wrong = await emulator.get(ADD);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("Allow")).toBe("POST, OPTIONS");
    const anonymous = await post(ADD, documentedExample, {});
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toEqual({ detail: "Authentication credentials were not provided." });
  });
});

// issue 12, departure 4: deeply nested JSON answered 500 (a stack overflow while storing it).
describe("bodies beyond the limits", () => {
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  const deepAdd = (depth: number) =>
    `{"user": "bob@stamps.co.id", "store": 2, "invoice_number": "DEEP-${depth}", "total_value": 50000,
      "number_of_people": 1, "created": "2025-08-01T12:00:00+07:00", "extra_data": ${nested(depth)}}`;
  const tooDeep = { detail: "JSON parse error - JSON nested deeper than 64 levels." };

  it.each([
    [ADD, deepAdd(5000)],
    [
      "/api/v2/redemptions/redeem-reward",
      `{"user": "bob@stamps.co.id", "store": 2, "reward": 1, "extra_data": ${nested(5000)}}`,
    ],
  ])("answers 400 to JSON nested 5,000 levels deep on %s, and writes nothing", async (path, body) => {
    const before = await status("bob@stamps.co.id");
    const res = await post(path, body);
    expect({ status: res.status, body: (await res.json()) as unknown }).toEqual({ status: 400, body: tooDeep });
    expect(await status("bob@stamps.co.id")).toEqual(before);
    expect(emulator.loggedErrors).toEqual([]);
  });

  it("still takes extra_data nested 60 levels deep", async () => {
    const res = await post(ADD, deepAdd(60));
    expect(res.status).toBe(200);
  });

  it("refuses nesting inside a form field's JSON too", async () => {
    const form = new URLSearchParams({
      user: "bob@stamps.co.id",
      store: "2",
      invoice_number: "DEEP-FORM",
      total_value: "50000",
      number_of_people: "1",
      created: "2025-08-01T12:00:00+07:00",
      extra_data: nested(5000),
    });
    const res = await emulator.app.request(ADD, {
      method: "POST",
      headers: { ...AUTH, "Content-Type": "application/x-www-form-urlencoded" },
      body: form.toString(),
    });
    expect({ status: res.status, body: (await res.json()) as unknown }).toEqual({
      status: 400,
      body: { detail: DETAIL, errors: [{ extra_data: "JSON nested deeper than 64 levels." }] },
    });
  });

  it("answers 413 to a body over 2.5 MB", async () => {
    const body = JSON.stringify({ ...documentedExample, employee_code: "x".repeat(2_700_000) });
    const res = await post(ADD, body);
    expect({ status: res.status, body: (await res.json()) as unknown }).toEqual({
      status: 413,
      body: { detail: "Request body is larger than 2621440 bytes (2.5 MB)." },
    });
  });
});

// issue 12, departure 5: total_value 1e308 earned 1e304 stamps (a float), and cancelling the
// transaction then left the member with 0 stamps.
describe("bounded, exact numbers", () => {
  const errorsOf = async (res: Response) => ((await res.json()) as { errors?: unknown }).errors;

  it.each([
    [{ total_value: 1e308 }, { total_value: "Ensure this value is less than or equal to 1000000000000." }],
    [{ total_value: -5000 }, { total_value: "Ensure this value is greater than or equal to 0." }],
    [{ stamps: 1e12 }, { stamps: "Ensure this value is less than or equal to 2147483647." }],
    [{ stamps: 2.5 }, { stamps: "A valid integer is required." }],
    [{ number_of_people: 1.5 }, { number_of_people: "A valid integer is required." }],
    [
      { items: [{ product_name: "AQUA", quantity: 1e300, subtotal: 4000 }] },
      { quantity: "Ensure this value is less than or equal to 1000000000000." },
    ],
    [{ payments: [{ value: -1, payment_method: 10 }] }, { value: "Ensure this value is greater than or equal to 0." }],
  ])("refuses %j with 400", async (fields, error) => {
    const before = await status("bob@stamps.co.id");
    const res = await add(fields);
    expect(res.status).toBe(400);
    expect(await errorsOf(res)).toEqual([error]);
    expect(await status("bob@stamps.co.id")).toEqual(before);
  });

  it("keeps stamps whole and gives back exactly what the largest transaction earned", async () => {
    const before = await status("bob@stamps.co.id");
    const res = await add({ total_value: 1_000_000_000_000, invoice_number: "HUGE-1" });
    const body = (await res.json()) as { transaction: { stamps_earned: number } };
    expect(body.transaction.stamps_earned).toBe(100_000_000);
    expect(Number.isInteger((await status("bob@stamps.co.id")).stamps)).toBe(true);
    const cancel = await post("/api/v2/transactions/cancel", { invoice_number: "HUGE-1", date: "2025-08-01" });
    expect(cancel.status).toBe(200);
    expect((await status("bob@stamps.co.id")).stamps).toBe(before.stamps);
  });
});
