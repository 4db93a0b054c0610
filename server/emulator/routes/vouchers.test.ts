import { describe, expect, it } from "vitest";
import { coded, getJson, listed, post, freshEmulatorPerTest } from "../redemptions/test-helpers";

const emulator = freshEmulatorPerTest();

const issue = (body: Record<string, unknown>) =>
  post(emulator(), "/api/vouchers/issue", {
    user: "customer@stamps.co.id",
    voucher_template: 3,
    start_date: "2026-01-10",
    quantity: 1,
    ...body,
  });
const listCodes = async (query: string) => {
  const res = await getJson(emulator(), `/api/vouchers/by-merchant-group?${query}`);
  return (res.body.vouchers as { code: string }[]).map((voucher) => voucher.code);
};

describe("POST /api/vouchers/issue", () => {
  it("issues the docs' example: a dynamic template's voucher with the value sent", async () => {
    const res = await issue({
      voucher_template: 1,
      start_date: "2013-02-15",
      notes: "Special voucher for e-magazine readers",
      value: "200",
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      voucher: {
        id: expect.any(Number) as number,
        start_date: "2013-02-15",
        end_date: "2013-03-18",
        quantity: 1,
        notes: "Special voucher for e-magazine readers",
        value: 200,
      },
      customer: { id: 2456, email: "customer@stamps.co.id" },
    });
  });

  it("gives a fixed template's voucher the template's value and dates", async () => {
    const res = await issue({ voucher_template: 2, value: 1, quantity: 3 });
    expect(res.body.voucher).toMatchObject({
      value: 50000,
      quantity: 3,
      start_date: "2026-01-10",
      end_date: "2035-12-31",
    });
  });

  it("hands out the next unclaimed code of a pregenerated template", async () => {
    const res = await issue({ voucher_template: 12 });
    expect(res.body.voucher).toMatchObject({ id: 6 });
    const details = await getJson(emulator(), "/api/vouchers/details?user=customer@stamps.co.id&code=ABCD100k");
    expect(details.status).toBe(200);
  });

  it("stops at the template's issuance limit", async () => {
    const res = await issue({ voucher_template: 10 });
    expect(res.body).toEqual(
      coded("voucher_template", "Voucher template has reached its issuance limit", "voucher_quota_exceeded"),
    );
  });

  it("requires a value for a dynamic template, and the documented fields", async () => {
    expect((await issue({ voucher_template: 1 })).body).toEqual(listed({ value: "This field is required" }));
    const res = await post(emulator(), "/api/vouchers/issue", {
      user: "customer@stamps.co.id",
      start_date: "15-02-2013",
    });
    expect(res.body).toEqual(
      listed(
        { voucher_template: "This field is required" },
        { start_date: "Date has wrong format. Use one of these formats instead: YYYY-MM-DD." },
        { quantity: "This field is required" },
      ),
    );
    expect((await issue({ voucher_template: 20 })).body).toEqual(
      listed({ voucher_template: "Voucher template does not exist" }),
    );
  });
});

describe("GET /api/vouchers/validate", () => {
  const validate = (query: string) => getJson(emulator(), `/api/vouchers/validate?merchant=14&store=32&${query}`);

  it("answers the documented shape for a redeemable voucher", async () => {
    const res = await validate("voucher_code=VC-ABC");
    expect(res.body).toEqual({
      is_redeemable: true,
      user: { email: "customer@stamps.co.id", name: "Alice", phone: "+6281111111" },
      voucher: {
        extra_data: {},
        id: 1,
        name: "March Surprise Voucher",
        value: 100000,
        start_date: "2025-01-01",
        end_date: "2035-12-31",
        validity: "Dynamic",
      },
    });
  });

  it("answers the documented invalid_voucher_owner error", async () => {
    const res = await validate("voucher_code=VC-ABC&user=alice@stamps.co.id");
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      detail: "user: This voucher is not owned by Customer Gold",
      error_message: "user: This voucher is not owned by Customer Gold",
      error_code: "invalid_voucher_owner",
      errors: { user: "This voucher is not owned by Customer Gold" },
    });
  });

  it.each([
    ["voucher_code=BDAY2024", "This voucher expired on 2024-09-30"],
    ["voucher_code=GRANDOPEN1", "This voucher cannot be redeemed at this store"],
    ["voucher_code=GRANDOPEN1&store=422&transaction_value=20000", "This voucher needs a transaction of at least 50000"],
  ])("says why %s is not redeemable", async (query, reason) => {
    const res = await validate(query);
    expect(res.body).toMatchObject({ is_redeemable: false, errors: { voucher_code: reason } });
  });

  it("validates the query", async () => {
    const res = await getJson(emulator(), "/api/vouchers/validate?store=x");
    expect(res.body).toEqual(
      listed(
        { voucher_code: "This field is required" },
        { merchant: "This field is required" },
        { store: "A valid integer is required." },
      ),
    );
  });
});

describe("GET /api/vouchers/by-merchant-group, count-by-merchant-group, details", () => {
  it("lists the member's usable vouchers, filtered by channel", async () => {
    expect(await listCodes("user=customer@stamps.co.id")).toEqual([
      "VC-ABC",
      "VC-DEF",
      "ABCD123",
      "PZ633ECV",
      "VOUCHERCODE",
      "GIFT50K",
    ]);
    expect(await listCodes("user=customer@stamps.co.id&channel=6")).toEqual([
      "VC-DEF",
      "ABCD123",
      "PZ633ECV",
      "VOUCHERCODE",
    ]);
    expect(
      (await getJson(emulator(), "/api/vouchers/count-by-merchant-group?user=customer@stamps.co.id")).body,
    ).toEqual({ count: 6 });
  });

  it("pages by per_page and last_voucher_id", async () => {
    expect(await listCodes("user=customer@stamps.co.id&per_page=2")).toEqual(["VC-ABC", "VC-DEF"]);
    expect(await listCodes("user=customer@stamps.co.id&per_page=2&last_voucher_id=2")).toEqual(["ABCD123", "PZ633ECV"]);
    expect(await listCodes("user=customer@stamps.co.id&last_voucher_id=12")).toEqual([]);
  });

  it("includes the vouchers of the group's other merchants", async () => {
    const res = await getJson(emulator(), "/api/vouchers/by-merchant-group?user=123");
    expect(res.body.vouchers).toEqual([
      expect.objectContaining({
        code: "ROTI0001",
        template: expect.objectContaining({ merchant_id: 2, merchant_code: "STAMPS-BAKERY" }) as object,
      }),
    ]);
  });

  it("shows a voucher's details to its owner only", async () => {
    const res = await getJson(emulator(), "/api/vouchers/details?user=customer@stamps.co.id&code=ABCD123");
    expect(res.body).toMatchObject({ id: 3, code: "ABCD123", value: 100000, template: { id: 3, instructions: "" } });
    const other = await getJson(emulator(), "/api/vouchers/details?user=alice@stamps.co.id&code=ABCD123");
    expect(other.body).toMatchObject({ error_code: "invalid_voucher_owner" });
    const missing = await getJson(emulator(), "/api/vouchers/details?user=customer@stamps.co.id&code=NOPE");
    expect(missing.status).toBe(404);
  });
});
