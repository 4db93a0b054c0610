import { describe, expect, it } from "vitest";
import { docResponses } from "@/testing/stamps-api/responses";
import { StampsResponseError } from "../errors";
import { apiFailure, failure, fakeStamps, TEST_TOKEN } from "../testing";
import { stampsErrorToAppError } from "../to-app-error";

const { BY_MERCHANT_GROUP_OK, COUNT_OK, DETAILS_OK, ISSUE_OK, NOT_OWNER, VALIDATE_OK } = docResponses.vouchers;

const noVoucherFields = {
  code: null,
  name: null,
  type: null,
  is_active: null,
  quantity: null,
  value: null,
  notes: null,
  start_date: null,
  end_date: null,
  validity: null,
  short_description: null,
  description: null,
  instructions: null,
  terms_and_conditions: null,
  picture_url: null,
  extra_data: null,
  constraint: null,
  template: null,
};
const valentine = {
  ...noVoucherFields,
  id: 2,
  code: "VC-DEF",
  is_active: true,
  quantity: 2,
  value: 200,
  start_date: "2022-02-14",
  end_date: "2022-02-28",
  constraint: { channels: [1, 2, 3, 6] },
  template: {
    id: 2,
    name: "Valentine Voucher",
    type: 1,
    short_description: "Get 50% off on your next purchase",
    description: "Get 50% off on your next purchase",
    instructions: null,
    terms_and_conditions: null,
    picture_url: "foo.png",
    landscape_picture_url: "foo_landscape.png",
    merchant_id: 1,
    merchant_code: "M-ABC",
    extra_data: {},
  },
};

describe("vouchers.issue", () => {
  it("posts the documented body and reads voucher and customer", async () => {
    const input = {
      user: "customer@stamps.co.id",
      voucher_template: 1,
      start_date: "2013-02-15",
      quantity: 1,
      notes: "Special voucher for e-magazine readers",
      value: 200,
    };
    const stamps = fakeStamps(200, ISSUE_OK);
    const result = await stamps.client.vouchers.issue(input);
    const request = stamps.sent();
    expect(request).toMatchObject({
      method: "POST",
      authorization: `Token ${TEST_TOKEN}`,
      contentType: "application/json",
      body: input,
    });
    expect(request.url.toString()).toBe("https://stamps.test/api/vouchers/issue");
    expect(result).toEqual({
      voucher: {
        ...noVoucherFields,
        id: 123054,
        start_date: "2014-11-20",
        end_date: "2014-11-30",
        quantity: 1,
        notes: "Special voucher for e-magazine readers",
        value: 200,
      },
      customer: {
        id: 6,
        email: "customer@stamps.co.id",
        status: null,
        stamps_remaining: null,
        balance: null,
        mobile_phone: null,
      },
    });
  });
});

describe("vouchers.validate", () => {
  it("sends the documented query and reads whether the voucher is redeemable", async () => {
    const stamps = fakeStamps(200, VALIDATE_OK);
    const result = await stamps.client.vouchers.validate({ merchant: 123, voucher_code: "VC-ABC", store: 123 });
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "GET", body: undefined });
    expect(request.url.toString()).toBe(
      "https://stamps.test/api/vouchers/validate?merchant=123&voucher_code=VC-ABC&store=123",
    );
    expect(result).toEqual({
      is_redeemable: true,
      user: {
        id: null,
        name: "Alice",
        email: "foo@bar.com",
        phone: "+628123123123",
        gender: null,
        birthday: null,
        address: null,
        picture_url: null,
        is_active: null,
      },
      voucher: {
        ...noVoucherFields,
        id: 123,
        name: "Rp. 100,000 Discount",
        value: 100000,
        start_date: "2021-04-26",
        end_date: "2021-05-24",
        validity: "Dynamic",
        extra_data: { discount: 1000 },
      },
    });
  });

  it("sends the owner and transaction value when given", async () => {
    const stamps = fakeStamps(200, VALIDATE_OK);
    await stamps.client.vouchers.validate({
      merchant: 1,
      voucher_code: "VC-ABC",
      store: 2,
      user: "alice@stamps.co.id",
      transaction_value: 150000,
    });
    expect(stamps.sent().query).toEqual([
      ["merchant", "1"],
      ["voucher_code", "VC-ABC"],
      ["store", "2"],
      ["user", "alice@stamps.co.id"],
      ["transaction_value", "150000"],
    ]);
  });

  it("turns the documented not-owner answer into a user field error", async () => {
    const stamps = fakeStamps(400, NOT_OWNER);
    const error = await apiFailure(
      stamps.client.vouchers.validate({ merchant: 1, voucher_code: "VC-ABC", store: 2, user: "bob" }),
    );
    expect(error).toMatchObject({
      status: 400,
      detail: "user: This voucher is not owned by Alice",
      errorCode: "invalid_voucher_owner",
      fieldErrors: { user: "This voucher is not owned by Alice" },
    });
    expect(stampsErrorToAppError(error)).toMatchObject({
      code: "BAD_REQUEST",
      upstreamCode: "invalid_voucher_owner",
      userMessage: "user: This voucher is not owned by Alice",
    });
  });
});

describe("vouchers.byMerchantGroup", () => {
  it("sends the documented query and reads the vouchers", async () => {
    const stamps = fakeStamps(200, BY_MERCHANT_GROUP_OK);
    const { vouchers } = await stamps.client.vouchers.byMerchantGroup({ user: "customer@stamps.co.id", channel: 2 });
    const request = stamps.sent();
    expect(request.method).toBe("GET");
    expect(request.url.origin + request.url.pathname).toBe("https://stamps.test/api/vouchers/by-merchant-group");
    expect(request.query).toEqual([
      ["user", "customer@stamps.co.id"],
      ["channel", "2"],
    ]);
    expect(vouchers).toEqual([
      expect.objectContaining({
        id: 1,
        code: "VC-ABC",
        notes: null,
        constraint: { channels: [1, 2, 3, 4] },
        template: expect.objectContaining({ id: 1, name: "March Surprise Voucher", extra_data: null }) as unknown,
      }),
      { ...valentine, template: { ...valentine.template, description: null } },
    ]);
  });

  it("pages with per_page and last_voucher_id and passes the image sizes through", async () => {
    const stamps = fakeStamps(200, BY_MERCHANT_GROUP_OK);
    await stamps.client.vouchers.byMerchantGroup({
      user: "customer@stamps.co.id",
      image_size: 400,
      landscape_image_size: "1090x600",
      per_page: 20,
      last_voucher_id: 2,
    });
    expect(stamps.sent().query).toEqual([
      ["user", "customer@stamps.co.id"],
      ["image_size", "400"],
      ["landscape_image_size", "1090x600"],
      ["per_page", "20"],
      ["last_voucher_id", "2"],
    ]);
  });
});

describe("vouchers.countByMerchantGroup", () => {
  it("sends the user and reads the count", async () => {
    const stamps = fakeStamps(200, COUNT_OK);
    const result = await stamps.client.vouchers.countByMerchantGroup({ user: "customer@stamps.co.id" });
    expect(stamps.sent().url.toString()).toBe(
      "https://stamps.test/api/vouchers/count-by-merchant-group?user=customer%40stamps.co.id",
    );
    expect(result).toEqual({ count: 12 });
  });
});

describe("vouchers.details", () => {
  it("sends user and code and reads the voucher the example puts at the top level", async () => {
    const stamps = fakeStamps(200, DETAILS_OK);
    const result = await stamps.client.vouchers.details({ user: "customer@stamps.co.id", code: "ABCD123" });
    const request = stamps.sent();
    expect(request.method).toBe("GET");
    expect(request.url.toString()).toBe(
      "https://stamps.test/api/vouchers/details?user=customer%40stamps.co.id&code=ABCD123",
    );
    expect(result).toEqual({ voucher: valentine });
  });

  it("also reads the voucher under `voucher`, as the document's table describes it", async () => {
    const wrapped = `{"voucher": ${DETAILS_OK}}`;
    const result = await fakeStamps(200, wrapped).client.vouchers.details({ user: "u", code: "VC-DEF" });
    expect(result).toEqual({ voucher: valentine });
  });

  it("reports an answer that is neither form", async () => {
    const error = await failure(
      fakeStamps(200, { code: "VC-DEF" }).client.vouchers.details({ user: "u", code: "VC-DEF" }),
    );
    expect(error).toBeInstanceOf(StampsResponseError);
  });
});
