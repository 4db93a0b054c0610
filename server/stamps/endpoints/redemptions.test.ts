import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { docResponses } from "@/testing/stamps-api/responses";
import { apiFailure, failure, fakeStamps, TEST_TOKEN } from "../testing";
import { stampsErrorToAppError } from "../to-app-error";

const {
  AUTHORIZE_OK,
  BY_VOUCHER_CODE_OK,
  CANCEL_OK,
  INVALID_PIN,
  MULTIPLE_REWARDS_OK,
  PROMO_CODE_OK,
  REDEEM_REWARD_OK,
  REDEEM_VOUCHER_OK,
} = docResponses.redemptions;

const level100 = {
  tags: [],
  level: 100,
  level_text: null,
  status: null,
  stamps: 250,
  balance: 0,
  is_blocked: null,
  referral_code: "9121682",
  start_date: "2016-07-25",
  created: "2016-07-25",
};
const kayaBun = {
  id: 1,
  name: "Kaya Bun",
  code: "MI0017",
  type: "reward",
  stamps_to_redeem: 2,
  image_url: null,
  redeemable: null,
  extra_data: {},
};
const freeKayaBun = {
  id: 1,
  code: "ABCD12345",
  name: "Free Kaya Bun",
  type: null,
  is_active: true,
  quantity: null,
  value: null,
  notes: null,
  start_date: "2016-07-25",
  end_date: "2016-08-25",
  validity: null,
  short_description: "Free Kaya Bun",
  description: "Free Kaya Bun with no minimum purchase",
  instructions: "Show the voucher QR at the counter",
  terms_and_conditions: null,
  picture_url: "http://foo.com",
  extra_data: null,
  constraint: null,
  template: null,
};
const discountRedemption = {
  id: 2,
  status: null,
  reward: "Discount Rp 100,000",
  stamps_used: 0,
  extra_data: { discount: "10%" },
  voucher: null,
};

describe("redemptions.redeemReward", () => {
  it("posts the documented body to v2 and reads redemption, membership, reward and voucher", async () => {
    const input = {
      user: "customer@stamps.co.id",
      store: 32,
      reward: 1,
      invoice_number: "POS-1020123",
      stamps: 20,
      qty: 1,
      extra_data: { discount: "10%" },
    };
    const stamps = fakeStamps(200, REDEEM_REWARD_OK);
    const result = await stamps.client.redemptions.redeemReward(input);
    const request = stamps.sent();
    expect(request).toMatchObject({
      method: "POST",
      authorization: `Token ${TEST_TOKEN}`,
      contentType: "application/json",
      body: input,
    });
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/redemptions/redeem-reward");
    expect(result).toEqual({
      redemption: {
        id: 3,
        status: null,
        reward: "Kaya Bun",
        stamps_used: 2,
        extra_data: { discount: "10%" },
        voucher: null,
      },
      membership: level100,
      reward: kayaBun,
      voucher: freeKayaBun,
    });
  });

  it("sends the PIN authorization's request_id and channel when given", async () => {
    const stamps = fakeStamps(200, REDEEM_REWARD_OK);
    await stamps.client.redemptions.redeemReward({
      user: "u",
      store: 32,
      reward: 12,
      channel: 2,
      request_id: "abcdefgh",
    });
    expect(stamps.sent().body).toEqual({ user: "u", store: 32, reward: 12, channel: 2, request_id: "abcdefgh" });
  });
});

describe("redemptions.redeemVoucher", () => {
  it("posts the documented body to v2 and reads redemption, membership and voucher", async () => {
    const input = { user: "customer@stamps.co.id", store: 32, voucher: 1, invoice_number: "POS-1020123" };
    const stamps = fakeStamps(200, REDEEM_VOUCHER_OK);
    const result = await stamps.client.redemptions.redeemVoucher(input);
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "POST", body: input });
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/redemptions/redeem-voucher");
    expect(result).toEqual({
      redemption: discountRedemption,
      membership: level100,
      voucher: {
        ...freeKayaBun,
        id: 4,
        name: "Discount Rp 100,000",
        code: "PZ633ECV",
        type: "voucher",
        is_active: null,
        start_date: null,
        end_date: null,
        short_description: null,
        description: null,
        instructions: null,
        picture_url: null,
      },
    });
  });
});

describe("redemptions.deductValue", () => {
  it("posts the value to vouchers/deduct-value and reads the redemption", async () => {
    const input = {
      user: "customer@stamps.co.id",
      store: 32,
      voucher: 12,
      extra_data: { discount: "10%" },
      value: 1000,
    };
    const stamps = fakeStamps(200, REDEEM_VOUCHER_OK);
    const result = await stamps.client.redemptions.deductValue(input);
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "POST", body: input });
    expect(request.url.toString()).toBe("https://stamps.test/api/vouchers/deduct-value");
    expect(result.redemption).toEqual(discountRedemption);
    expect(result.voucher).toMatchObject({ id: 4, code: "PZ633ECV" });
  });

  it("needs a value before calling Stamps", async () => {
    const stamps = fakeStamps(200, REDEEM_VOUCHER_OK);
    const withoutValue = { user: "u", store: 32, voucher: 12 } as unknown as Parameters<
      typeof stamps.client.redemptions.deductValue
    >[0];
    expect(await failure(stamps.client.redemptions.deductValue(withoutValue))).toBeInstanceOf(ZodError);
    expect(stamps.requests).toHaveLength(0);
  });
});

describe("redemptions.byVoucherCode", () => {
  it("names the member both ways the document does and reads redemption and customer", async () => {
    const stamps = fakeStamps(200, BY_VOUCHER_CODE_OK);
    const result = await stamps.client.redemptions.byVoucherCode({
      user: "customer@stamps.co.id",
      voucher_code: "ABCD100k",
      voucher_template: 12,
      store: 32,
    });
    const request = stamps.sent();
    expect(request.url.toString()).toBe("https://stamps.test/api/redemptions/by-voucher-code");
    expect(request).toMatchObject({
      method: "POST",
      body: {
        user: "customer@stamps.co.id",
        identifier: "customer@stamps.co.id",
        voucher_code: "ABCD100k",
        voucher_template: 12,
        store: 32,
      },
    });
    expect(result).toEqual({
      redemption: { id: 199061, status: "Created", reward: null, stamps_used: null, extra_data: null, voucher: null },
      customer: { id: 401791, status: "Blue", stamps_remaining: 0, balance: null, mobile_phone: null, email: null },
    });
  });
});

describe("redemptions.redeemPromoCode", () => {
  it("posts to v3 and reads redemption, user and membership", async () => {
    const input = { user: "customer@stamps.co.id", store: 32, promo_code: "PROMOCODE", invoice_number: "POS-1020123" };
    const stamps = fakeStamps(200, PROMO_CODE_OK);
    const result = await stamps.client.redemptions.redeemPromoCode(input);
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "POST", body: input });
    expect(request.url.toString()).toBe("https://stamps.test/api/v3/redemptions/redeem-promo-code");
    expect(result).toEqual({
      redemption: discountRedemption,
      user: {
        id: 123,
        name: "Customer",
        gender: "male",
        address: "Jl MK raya",
        is_active: true,
        email: "customer@stamps.co.id",
        phone: "+62812398712",
        picture_url:
          "https://media.stamps.co.id/thumb/profile_photos/2014/4/17/483ccddd-9aea-44d2-bbc4-6aa71f51fb2a_size_80.png",
        birthday: "1989-10-1",
      },
      membership: level100,
    });
  });
});

describe("redemptions.cancel", () => {
  it("posts the id and, when asked, a replacement voucher, and reads the canceled redemption", async () => {
    const stamps = fakeStamps(200, CANCEL_OK);
    const result = await stamps.client.redemptions.cancel({ id: 1, create_replacement_voucher: true });
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "POST", body: { id: 1, create_replacement_voucher: true } });
    expect(request.url.toString()).toBe("https://stamps.test/api/redemptions/cancel");
    expect(result).toEqual({
      redemption: { id: 1, status: "Canceled", reward: null, stamps_used: null, extra_data: null, voucher: null },
      customer: { id: 6, status: "Blue", stamps_remaining: 60, balance: null, mobile_phone: null, email: null },
    });
  });

  it("sends only the id by default, as the document's example does", async () => {
    const stamps = fakeStamps(200, CANCEL_OK);
    await stamps.client.redemptions.cancel({ id: 1 });
    expect(stamps.sent().body).toEqual({ id: 1 });
  });

  it("says so when the redemption does not exist (404, no documented body)", async () => {
    const error = await apiFailure(fakeStamps(404, "Not found").client.redemptions.cancel({ id: 999 }));
    expect(error).toMatchObject({ status: 404, detail: "Stamps could not find it" });
    expect(stampsErrorToAppError(error)).toMatchObject({ code: "NOT_FOUND", userMessage: "Stamps could not find it" });
  });

  it("is not retried after a gateway error, since the first attempt may have gone through", async () => {
    const stamps = fakeStamps(504, "");
    await apiFailure(stamps.client.redemptions.cancel({ id: 1 }));
    expect(stamps.requests).toHaveLength(1);
  });
});

describe("redemptions.authorize", () => {
  const input = { user: "123", pin: "123456", request_id: "abcdefgh", timeout: 900 };

  it("posts the PIN and reads ok", async () => {
    const stamps = fakeStamps(200, AUTHORIZE_OK);
    const result = await stamps.client.redemptions.authorize(input);
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "POST", body: input });
    expect(request.url.toString()).toBe("https://stamps.test/api/redemptions/authorize");
    expect(result).toEqual({ status: "ok" });
  });

  it("turns the documented invalid-PIN answer into a PIN field error", async () => {
    const error = await apiFailure(fakeStamps(400, INVALID_PIN).client.redemptions.authorize(input));
    expect(error).toMatchObject({
      status: 400,
      detail: "pin: Invalid PIN, 2 attempt(s) left",
      errorCode: "invalid_pin",
      fieldErrors: { pin: "Invalid PIN, 2 attempt(s) left" },
    });
    expect(stampsErrorToAppError(error)).toMatchObject({
      code: "BAD_REQUEST",
      upstreamCode: "invalid_pin",
      userMessage: "pin: Invalid PIN, 2 attempt(s) left",
      fieldErrors: { pin: "Invalid PIN, 2 attempt(s) left" },
    });
  });

  it("refuses a PIN that is not 6 digits before calling Stamps", async () => {
    const stamps = fakeStamps(200, AUTHORIZE_OK);
    expect(await failure(stamps.client.redemptions.authorize({ ...input, pin: "12345" }))).toBeInstanceOf(ZodError);
    expect(stamps.requests).toHaveLength(0);
  });
});

describe("redemptions.redeemMultipleRewards", () => {
  const input = {
    user: "customer@stamps.co.id",
    store: 32,
    rewards: [
      { code: 1, qty: 1, stamps: 1 },
      { code: 1, qty: 1 },
      { code: 1, qty: 1 },
    ],
    invoice_number: "POS-1020123",
  };

  it("posts the rewards to v2 and returns the redemptions as a list", async () => {
    const stamps = fakeStamps(200, MULTIPLE_REWARDS_OK);
    const result = await stamps.client.redemptions.redeemMultipleRewards(input);
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "POST", body: input });
    expect(request.url.toString()).toBe("https://stamps.test/api/v2/redemptions/redeem-multiple-rewards");
    expect(result).toEqual({
      redemptions: [
        {
          id: 3,
          status: null,
          reward: kayaBun,
          stamps_used: 2,
          extra_data: { discount: "10%" },
          voucher: freeKayaBun,
        },
      ],
      membership: {
        tags: [],
        level: 100,
        level_text: "Blue",
        status: "Active",
        stamps: 0,
        balance: 0,
        is_blocked: false,
        referral_code: "7LXJ7",
        start_date: "2022-09-16",
        created: "2022-09-16",
      },
    });
  });

  it("also reads a list of redemptions", async () => {
    const list = {
      redemption: [
        { id: 3, reward: "Kaya Bun" },
        { id: 4, reward: "Iced Tea" },
      ],
      membership: null,
    };
    const result = await fakeStamps(200, list).client.redemptions.redeemMultipleRewards(input);
    expect(result.redemptions.map((redemption) => [redemption.id, redemption.reward])).toEqual([
      [3, "Kaya Bun"],
      [4, "Iced Tea"],
    ]);
    expect(result.membership).toBeNull();
  });
});
