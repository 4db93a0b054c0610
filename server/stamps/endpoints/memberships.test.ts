import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { docResponses } from "@/testing/stamps-api/responses";
import { apiFailure, failure, fakeStamps, TEST_TOKEN } from "../testing";
import { stampsErrorToAppError } from "../to-app-error";

const { CHANGE_OK, REGISTER_OK, SUGGESTIONS_OK } = docResponses.memberships;
const { MISSING_PARAMETER, NO_CREDENTIALS } = docResponses.errors;

const registration = {
  name: "me",
  email: "me@mail.com",
  member_id: "123412341234",
  phone: "+62215600010",
  birthday: "1991-10-19",
  gender: "female",
  merchant: 14,
  address: "221b Baker Street",
  store: 2,
} as const;

describe("memberships.suggestions", () => {
  it("parses the documented example", async () => {
    const stamps = fakeStamps(200, SUGGESTIONS_OK);
    const { suggestions } = await stamps.client.memberships.suggestions({ query: "steve", merchant: 14 });
    expect(stamps.sent().url.toString()).toBe(
      "https://stamps.test/api/memberships/suggestions?query=steve&merchant=14",
    );
    expect(suggestions).toEqual([
      {
        id: 12,
        name: "Customer Gold",
        email: "alice@stamps.co.id",
        identifier: null,
        phone: "+6281123123",
        birthday: null,
        address: "Baker Street 221B",
        gender: "female",
        stamps: 100,
        balance: 0,
        membership: "Gold",
        is_active: true,
        member_ids: ["123456789012", "123456789011"],
      },
      expect.objectContaining({ id: 13, membership: "Blue", gender: "male", member_ids: [] }),
    ]);
  });
});

describe("memberships.register", () => {
  it("posts the documented JSON body and reads the customer", async () => {
    const stamps = fakeStamps(200, REGISTER_OK);
    const { customer } = await stamps.client.memberships.register(registration);
    const request = stamps.sent();
    expect(request).toMatchObject({
      method: "POST",
      authorization: `Token ${TEST_TOKEN}`,
      contentType: "application/json",
      query: [],
    });
    expect(request.url.toString()).toBe("https://stamps.test/api/memberships/register");
    expect(request.body).toEqual(registration);
    expect(customer).toEqual({
      id: 3,
      name: "me",
      email: "me@mail.com",
      identifier: "me@mail.com",
      member_id: "123412341234",
      phone: "0215600010",
      birthday: "1991-10-19",
      gender: "female",
      address: null,
    });
  });

  it("leaves out optional fields not given and fields Stamps does not document", async () => {
    const stamps = fakeStamps(200, REGISTER_OK);
    const { member_id: _memberId, phone: _phone, address: _address, ...required } = registration;
    const withExtra = { ...required, stamps: 500, password: "hunter2" };
    await stamps.client.memberships.register(withExtra);
    expect(stamps.sent().body).toEqual({
      name: "me",
      email: "me@mail.com",
      birthday: "1991-10-19",
      gender: "female",
      merchant: 14,
      store: 2,
    });
  });

  it("refuses a birthday in another form before calling Stamps", async () => {
    const stamps = fakeStamps(200, REGISTER_OK);
    const error = await failure(stamps.client.memberships.register({ ...registration, birthday: "19/10/1991" }));
    expect(error).toBeInstanceOf(ZodError);
    expect(stamps.requests).toHaveLength(0);
  });

  it("turns the documented missing-parameter answer into a field error and a sentence", async () => {
    const stamps = fakeStamps(400, MISSING_PARAMETER);
    const error = await apiFailure(stamps.client.memberships.register(registration));
    expect(error).toMatchObject({
      status: 400,
      detail: "Your transaction cannot be completed due to the following error(s)",
      errorCode: undefined,
      fieldErrors: { reward: "This field is required" },
    });
    expect(stampsErrorToAppError(error)).toMatchObject({
      code: "BAD_REQUEST",
      userMessage: "Your transaction cannot be completed due to the following error(s)",
      fieldErrors: { reward: "This field is required" },
    });
  });

  it("turns the documented missing-token answer into a sentence about the settings", async () => {
    const stamps = fakeStamps(403, NO_CREDENTIALS);
    const error = await apiFailure(stamps.client.memberships.register(registration));
    expect(error).toMatchObject({
      status: 403,
      detail: "Authentication credentials were not provided.",
      fieldErrors: {},
    });
    expect(stampsErrorToAppError(error).userMessage).toBe(
      "Stamps refused this request: Authentication credentials were not provided. Check the merchant ID and token in Settings.",
    );
  });
});

describe("memberships.change", () => {
  it("posts the profile with gender spelled as Stamps expects and reads the customer", async () => {
    const stamps = fakeStamps(200, CHANGE_OK, "Bearer");
    const change = {
      id: 123,
      merchant: 14,
      name: "me",
      email: "me@mail.com",
      member_id: "123412341234",
      phone: "+62215600010",
      birthday: "1991-10-19",
      gender: "male",
      address: "221b Baker Street",
    } as const;
    const { customer } = await stamps.client.memberships.change(change);
    const request = stamps.sent();
    expect(request).toMatchObject({ method: "POST", authorization: `Bearer ${TEST_TOKEN}` });
    expect(request.url.toString()).toBe("https://stamps.test/api/memberships/change");
    expect(request.body).toEqual(change);
    expect(customer).toMatchObject({ id: 3, identifier: null, gender: "female", address: null });
  });

  it("turns the documented missing-parameter answer into a field error", async () => {
    const stamps = fakeStamps(400, MISSING_PARAMETER);
    const error = await apiFailure(
      stamps.client.memberships.change({ id: 123, merchant: 14, name: "me", birthday: "1991-10-19", gender: "female" }),
    );
    expect(error.fieldErrors).toEqual({ reward: "This field is required" });
  });
});
