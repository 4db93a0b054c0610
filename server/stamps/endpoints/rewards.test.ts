import { describe, expect, it } from "vitest";
import { docResponses } from "@/testing/stamps-api/responses";
import { apiFailure, fakeStamps, TEST_TOKEN } from "../testing";
import { stampsErrorToAppError } from "../to-app-error";

const { REWARDS_OK } = docResponses.rewards;
const { MISSING_PARAMETER, NO_CREDENTIALS } = docResponses.errors;

describe("rewards.list", () => {
  it("asks for a customer's rewards with the token in the header, never in the URL", async () => {
    const stamps = fakeStamps(200, REWARDS_OK, "Bearer");
    const { rewards } = await stamps.client.rewards.list({ customer: "customer@stamps.co.id" });
    const request = stamps.sent();
    expect(request).toMatchObject({
      method: "GET",
      authorization: `Bearer ${TEST_TOKEN}`,
      query: [["customer", "customer@stamps.co.id"]],
    });
    expect(request.url.toString()).toBe("https://stamps.test/api/rewards/?customer=customer%40stamps.co.id");
    expect(request.url.toString()).not.toContain(TEST_TOKEN);
    expect(rewards).toHaveLength(4);
    expect(rewards[0]).toEqual({
      id: 6,
      name: "Mee Goreng",
      code: null,
      type: null,
      stamps_to_redeem: 20,
      image_url: "http://foo.com",
      redeemable: true,
      extra_data: null,
    });
    expect(rewards.map((reward) => [reward.id, reward.redeemable])).toEqual([
      [6, true],
      [5, true],
      [8, false],
      [7, false],
    ]);
  });

  it("lists every reward when no customer is given", async () => {
    const stamps = fakeStamps(200, { rewards: [{ id: 6, name: "Mee Goreng", stamps_required: 20 }] });
    const { rewards } = await stamps.client.rewards.list();
    expect(stamps.sent().url.toString()).toBe("https://stamps.test/api/rewards/");
    expect(rewards[0]).toMatchObject({ stamps_to_redeem: 20, redeemable: null });
  });

  it("keeps the documented missing-parameter field error", async () => {
    const error = await apiFailure(fakeStamps(400, MISSING_PARAMETER).client.rewards.list());
    expect(error).toMatchObject({
      status: 400,
      detail: "Your transaction cannot be completed due to the following error(s)",
      fieldErrors: { reward: "This field is required" },
    });
    expect(stampsErrorToAppError(error).userMessage).toBe(
      "Your transaction cannot be completed due to the following error(s)",
    );
  });

  it("explains the documented missing-token answer", async () => {
    const error = await apiFailure(fakeStamps(403, NO_CREDENTIALS).client.rewards.list());
    expect(error.detail).toBe("Authentication credentials were not provided.");
    expect(stampsErrorToAppError(error)).toMatchObject({
      code: "UPSTREAM_ERROR",
      userMessage:
        "Stamps refused this request: Authentication credentials were not provided. Check the merchant ID and token in Settings.",
    });
  });
});
