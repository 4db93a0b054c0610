import { describe, expect, expectTypeOf, it } from "vitest";
import { docJsonExample } from "@/testing/stamps-api/examples";
import { docResponses } from "@/testing/stamps-api/responses";
import { StampsResponseError } from "../errors";
import { apiFailure, failure, fakeStamps, TEST_TOKEN } from "../testing";
import { stampsErrorToAppError } from "../to-app-error";
import type {
  StampsResult,
  TStampsAddTransactionInput,
  TStampsAddTransactionWithRedemptionsInput,
  TStampsUserTransaction,
} from "../index";

const {
  ADD_OK,
  ADD_OR_UPDATE_COMPLETE,
  ADD_OR_UPDATE_TOTAL_MISMATCH,
  ADD_WITH_REDEMPTIONS_OK,
  BY_USER_OK,
  CANCEL_INSUFFICIENT,
  CANCEL_OK,
  DETAILS_OK,
  FIELDS_INVALID,
  MODIFY_OK,
  MODIFY_UNKNOWN_PRODUCT,
  PREVIEW_OK,
  USE_HTTPS,
} = docResponses.transactions;
const { NO_CREDENTIALS } = docResponses.errors;

/** transaction.txt's JSON-format example of a sale, read from the documents' examples. */
const sale = docJsonExample("transaction.txt:126") as TStampsAddTransactionInput;

const transactionResult = {
  id: 2374815,
  value: 50000,
  stamps_earned: 5,
  number_of_people: 8,
  discount: 5000,
  status: null,
};
const blueMembership = {
  tags: [],
  level: 10,
  level_text: "Blue",
  status: null,
  stamps: 10,
  balance: 20,
  is_blocked: false,
  referral_code: "asd",
  start_date: "2020-01-01",
  created: "2020-01-01",
};

describe("transactions.add", () => {
  it("posts the documented body to v2 and reads the transaction and customer", async () => {
    const stamps = fakeStamps(200, ADD_OK);
    const result = await stamps.client.transactions.add(sale);
    const request = stamps.sent();
    expect(request).toMatchObject({
      method: "POST",
      authorization: `Token ${TEST_TOKEN}`,
      contentType: "application/json",
      query: [],
    });
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/transactions/add");
    expect(request.body).toEqual(sale);
    expect(result).toEqual({
      transaction: transactionResult,
      customer: {
        id: 8120,
        status: "Blue",
        balance: 150000,
        mobile_phone: "+6281314811365",
        stamps_remaining: 401,
        email: null,
      },
    });
  });

  it("accepts an open transaction, which has no customer", async () => {
    const { user: _user, ...open } = sale;
    const stamps = fakeStamps(200, `{"transaction": {"id": 7, "value": "10000.0", "stamps_earned": 0}}`);
    const result = await stamps.client.transactions.add(open);
    expect(stamps.sent().body).not.toHaveProperty("user");
    expect(result).toEqual({
      transaction: { id: 7, value: 10000, stamps_earned: 0, number_of_people: null, discount: null, status: null },
      customer: null,
    });
  });

  it("keeps each field error of the documented list", async () => {
    const error = await apiFailure(fakeStamps(400, FIELDS_INVALID).client.transactions.add(sale));
    expect(error).toMatchObject({
      status: 400,
      detail: "Your transaction cannot be completed due to the following error(s)",
      errorCode: undefined,
      fieldErrors: { subtotal: "This field is required.", invoice_number: "Store does not exist" },
    });
    expect(stampsErrorToAppError(error)).toMatchObject({
      code: "BAD_REQUEST",
      userMessage: "Your transaction cannot be completed due to the following error(s)",
      fieldErrors: { subtotal: "This field is required.", invoice_number: "Store does not exist" },
    });
  });

  it("explains both documented 403 answers", async () => {
    for (const [body, detail] of [
      [USE_HTTPS, "Please use https instead of http"],
      [NO_CREDENTIALS, "Authentication credentials were not provided."],
    ] as const) {
      const error = await apiFailure(fakeStamps(403, body).client.transactions.add(sale));
      expect(error).toMatchObject({ status: 403, detail, fieldErrors: {} });
      expect(stampsErrorToAppError(error)).toMatchObject({
        code: "UPSTREAM_ERROR",
        userMessage: `Stamps refused this request: ${detail} Check the merchant ID and token in Settings.`,
      });
    }
  });

  it("is not retried after a gateway error, since a repeat could record the sale twice", async () => {
    const stamps = fakeStamps(502, "<html>Bad gateway</html>");
    const error = await apiFailure(stamps.client.transactions.add(sale));
    expect(stamps.requests).toHaveLength(1);
    expect(stampsErrorToAppError(error).code).toBe("UPSTREAM_UNAVAILABLE");
  });
});

describe("transactions.addWithRedemptions", () => {
  const withRedemptions = {
    ...sale,
    reward_redemptions: [
      { request_id: "request-id-1", reward: 1 },
      { request_id: "request-id-1", reward: "REWARDCODE" },
      { request_id: "request-id-1", reward: 1, stamps: 10 },
      { request_id: "request-id-1", reward: "REWARDCODE", stamps: 10 },
    ],
    voucher_redemptions: [{ request_id: "request-id-1", voucher_code: "VOUCHERCODE" }],
    issue_voucher: { template_id: 1, value: 100000 },
  } satisfies TStampsAddTransactionWithRedemptionsInput;

  it("posts the redemptions with the sale and reads membership, transaction and issued voucher", async () => {
    const stamps = fakeStamps(200, ADD_WITH_REDEMPTIONS_OK);
    const result = await stamps.client.transactions.addWithRedemptions(withRedemptions);
    const request = stamps.sent();
    expect(request.method).toBe("POST");
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/transactions/add-with-redemptions");
    expect(request.body).toEqual(withRedemptions);
    expect(result).toEqual({
      membership: blueMembership,
      transaction: transactionResult,
      issued_voucher: {
        id: 1,
        code: "VC-ABC",
        name: null,
        type: null,
        is_active: true,
        quantity: 1,
        value: 200,
        notes: null,
        start_date: "2022-03-28",
        end_date: "2022-04-28",
        validity: null,
        short_description: null,
        description: null,
        instructions: null,
        terms_and_conditions: null,
        picture_url: null,
        extra_data: null,
        constraint: { channels: [1, 2, 3, 4] },
        template: {
          id: 1,
          name: "March Surprise Voucher",
          type: 1,
          short_description: "Get 50% off on your next purchase",
          description: null,
          instructions: null,
          terms_and_conditions: null,
          picture_url: "foo.png",
          landscape_picture_url: "foo_landscape.png",
          merchant_id: 1,
          merchant_code: "M-ABC",
          extra_data: null,
        },
      },
    });
  });

  it("keeps the documented field errors", async () => {
    const error = await apiFailure(
      fakeStamps(400, FIELDS_INVALID).client.transactions.addWithRedemptions(withRedemptions),
    );
    expect(error.fieldErrors).toEqual({ subtotal: "This field is required.", invoice_number: "Store does not exist" });
  });

  it("explains the documented 403 answers", async () => {
    for (const body of [USE_HTTPS, NO_CREDENTIALS]) {
      const error = await apiFailure(fakeStamps(403, body).client.transactions.addWithRedemptions(withRedemptions));
      expect(stampsErrorToAppError(error).userMessage).toMatch(
        /^Stamps refused this request: .+ Check the merchant ID and token in Settings\.$/,
      );
    }
  });
});

describe("transactions.cancel", () => {
  it("posts invoice number and date and reads the canceled transaction", async () => {
    const stamps = fakeStamps(200, CANCEL_OK);
    const result = await stamps.client.transactions.cancel({ invoice_number: "ABCD123", date: "2021-02-01" });
    const request = stamps.sent();
    expect(request.method).toBe("POST");
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/transactions/cancel");
    expect(request.body).toEqual({ invoice_number: "ABCD123", date: "2021-02-01" });
    expect(result).toEqual({
      transaction: {
        id: 1,
        value: 30000,
        stamps_earned: 3,
        number_of_people: null,
        discount: null,
        status: "Canceled",
      },
      membership: blueMembership,
    });
  });

  it("reads the documented errors.info answer as the reason", async () => {
    const error = await apiFailure(
      fakeStamps(400, CANCEL_INSUFFICIENT).client.transactions.cancel({
        invoice_number: "ABCD123",
        date: "2021-02-01",
      }),
    );
    expect(error).toMatchObject({ status: 400, detail: "Transaction can't be canceled due to insufficient Stamps" });
    expect(stampsErrorToAppError(error)).toMatchObject({
      code: "BAD_REQUEST",
      userMessage: "Transaction can't be canceled due to insufficient Stamps",
    });
  });
});

describe("transactions.modify", () => {
  const change = { id: 1, total_value: -4000, subtotal: -3000, items: [{ product_name: "AQUA", quantity: -1 }] };

  it("posts the differences and reads transaction and customer", async () => {
    const stamps = fakeStamps(200, MODIFY_OK);
    const result = await stamps.client.transactions.modify(change);
    const request = stamps.sent();
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/transactions/modify");
    expect(request).toMatchObject({ method: "POST", body: change });
    expect(result).toEqual({
      transaction: { id: 1, value: 30000, stamps_earned: 3, number_of_people: 1, discount: null, status: null },
      customer: { id: 5, mobile_phone: null, stamps_remaining: 62, status: "Blue", balance: 0, email: null },
    });
  });

  it("keeps the documented error code and field error", async () => {
    const error = await apiFailure(fakeStamps(400, MODIFY_UNKNOWN_PRODUCT).client.transactions.modify(change));
    expect(error).toMatchObject({
      detail: "product_name: Product does not exists",
      errorCode: "product_not_found",
      fieldErrors: { product_name: "Product does not exists" },
    });
    expect(stampsErrorToAppError(error)).toMatchObject({
      code: "BAD_REQUEST",
      upstreamCode: "product_not_found",
      userMessage: "product_name: Product does not exists",
    });
  });

  it("says so when the transaction does not exist (404, no documented body)", async () => {
    const error = await apiFailure(fakeStamps(404, "").client.transactions.modify(change));
    expect(stampsErrorToAppError(error)).toMatchObject({ code: "NOT_FOUND", userMessage: "Stamps could not find it" });
  });
});

describe("transactions.details", () => {
  it("sends merchant and transaction_id as in the document and reads the transaction", async () => {
    const stamps = fakeStamps(200, DETAILS_OK);
    const { transaction } = await stamps.client.transactions.details({ merchant: 123, transaction_id: 345 });
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "GET", authorization: `Token ${TEST_TOKEN}`, body: undefined });
    expect(request.url.toString()).toBe("https://stamps.test/api/transactions/details?merchant=123&transaction_id=345");
    expect(transaction).toEqual({
      id: null,
      invoice_number: null,
      created: 1619734844,
      value: 1500000,
      subtotal: null,
      discount: null,
      service_charge: null,
      tax: null,
      stamps: 150,
      status: "Created",
      type: null,
      notes: null,
      store: { id: 1, name: "Fav Store", display_name: "My Favorite Store" },
      items: [
        { id: 1, name: "Cafe Latte", quantity: 1 },
        { id: 2, name: "Fried Rice", quantity: 1 },
      ],
      payments: [{ id: 1, value: 1500000, eligible_for_stamps: 150, payment_method_code: "ABC" }],
    });
  });
});

describe("transactions.previewEarnings", () => {
  it("posts the sale without recording fields and reads the stamps", async () => {
    const preview = {
      user: "customer@stamps.co.id",
      store: 422,
      tax: 5000,
      channel: 1,
      type: 2,
      total_value: 50000,
      items: [
        { product_name: "Cappucino", quantity: 2, subtotal: 10000 },
        { product_name: "Iced Tea", quantity: 4, subtotal: 5000 },
      ],
      payments: [
        { value: 30000, payment_method: 10 },
        { value: 20000, payment_method: 43, eligible_for_membership: false },
      ],
    };
    const fromAForm = { ...preview, invoice_number: "not-sent" };
    const stamps = fakeStamps(200, PREVIEW_OK);
    const result = await stamps.client.transactions.previewEarnings(fromAForm);
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "POST", contentType: "application/json", body: preview });
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/transactions/preview-earnings");
    expect(result).toEqual({ stamps: 10 });
  });
});

describe("transactions.byUser", () => {
  it("repeats merchant_id and channel as the document's example does", async () => {
    const stamps = fakeStamps(200, BY_USER_OK);
    await stamps.client.transactions.byUser({
      user: "123",
      merchant_id: [2, 3],
      channel: [2, 4],
      end_date: "2022-09-12",
    });
    const request = stamps.sent();
    expect(request.method).toBe("GET");
    expect(request.url.toString()).toBe(
      "https://stamps.test/api/transactions/by-user?user=123&merchant_id=2&merchant_id=3&channel=2&channel=4&end_date=2022-09-12",
    );
  });

  it("pages with last_transaction_id and a date range, and reads has_next", async () => {
    const stamps = fakeStamps(200, BY_USER_OK);
    const page = await stamps.client.transactions.byUser({
      user: "customer@stamps.co.id",
      last_transaction_id: 21,
      merchant_id: [0],
      start_date: "2022-08-01",
      end_date: "2022-08-31",
    });
    expect(stamps.sent().query).toEqual([
      ["user", "customer@stamps.co.id"],
      ["last_transaction_id", "21"],
      ["merchant_id", "0"],
      ["start_date", "2022-08-01"],
      ["end_date", "2022-08-31"],
    ]);
    expect(page.has_next).toBe(true);
    expect(page.transactions).toEqual([
      {
        id: 20,
        value: 200000,
        stamps_earned: 1,
        number_of_people: null,
        discount: null,
        subtotal: null,
        invoice_number: "0020014795:1:001",
        created: 1661075448,
        merchant: "Merchant Test",
        merchant_id: 2,
        status: 1,
        meta: { channel: 2, channel_text: "POS" },
        store: { id: null, name: "0020014795", display_name: "TEST STORE" },
      },
      expect.objectContaining({ id: 15, value: 10000, subtotal: 102, status: 2, merchant_id: 3 }),
    ]);
  });

  it("reads amounts sent as strings, drops fields it does not know, and treats a missing has_next as the last page", async () => {
    const body = { transactions: [{ id: 9, value: "10000.0", subtotal: "9000.5", internal_note: "x" }] };
    const page = await fakeStamps(200, body).client.transactions.byUser({ user: "u" });
    expect(page).toEqual({
      has_next: false,
      transactions: [
        {
          id: 9,
          value: 10000,
          stamps_earned: null,
          number_of_people: null,
          discount: null,
          subtotal: 9000.5,
          invoice_number: null,
          created: null,
          merchant: null,
          merchant_id: null,
          status: null,
          meta: null,
          store: null,
        },
      ],
    });
  });

  it("refuses an amount that is not a number, saying where", async () => {
    const body = { transactions: [{ id: 9, value: "ten thousand" }], has_next: false };
    const error = await failure(fakeStamps(200, body).client.transactions.byUser({ user: "u" }));
    expect(error).toBeInstanceOf(StampsResponseError);
    expect((error as StampsResponseError).message).toContain("transactions.0.value");
  });
});

describe("transactions.addOrUpdate", () => {
  const completion = {
    store: 32,
    invoice_number: "my_invoice_number",
    items: [
      { product_name: "Cappucino", quantity: 2, subtotal: 10000, stamps_subtotal: 4 },
      { product_name: "Iced Tea", quantity: 4, subtotal: 5000, stamps_subtotal: 4, eligible_for_stamps: false },
    ],
  };

  it("posts the document's update payload and reads transaction and customer", async () => {
    const stamps = fakeStamps(200, ADD_OK);
    const result = await stamps.client.transactions.addOrUpdate(completion);
    const request = stamps.sent();
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/transactions/add-or-update");
    expect(request).toMatchObject({ method: "POST", body: completion });
    expect(result.transaction).toEqual(transactionResult);
    expect(result.customer).toMatchObject({ id: 8120, stamps_remaining: 401 });
  });

  it("also posts a full add payload unchanged", async () => {
    const stamps = fakeStamps(200, ADD_OK);
    await stamps.client.transactions.addOrUpdate(sale);
    expect(stamps.sent().body).toEqual(sale);
  });

  it("keeps the documented errors", async () => {
    const complete = await apiFailure(
      fakeStamps(400, ADD_OR_UPDATE_COMPLETE).client.transactions.addOrUpdate(completion),
    );
    expect(complete).toMatchObject({
      detail: "Your transaction cannot be completed due to the following error(s)",
      fieldErrors: { invoice_number: "This Transaction's detail is already complete." },
    });

    const mismatch = await apiFailure(
      fakeStamps(400, ADD_OR_UPDATE_TOTAL_MISMATCH).client.transactions.addOrUpdate(completion),
    );
    expect(mismatch).toMatchObject({
      detail: "Total item price need to equal transaction value",
      errorCode: "invalid_total_item_price",
      fieldErrors: {},
    });
    expect(stampsErrorToAppError(mismatch)).toMatchObject({
      code: "BAD_REQUEST",
      upstreamCode: "invalid_total_item_price",
      userMessage: "Total item price need to equal transaction value",
    });
  });
});

describe("StampsResult", () => {
  it("names what an endpoint answers", () => {
    expectTypeOf<StampsResult<"transactions", "byUser">>().toEqualTypeOf<{
      transactions: TStampsUserTransaction[];
      has_next: boolean;
    }>();
  });
});
