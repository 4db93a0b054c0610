import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { docCallBody } from "../../../testing/stamps-api/examples";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, TEST_DEMO_TOKEN } from "../testing/test-emulator";

// A fresh emulator per test: registrations change who owns which email, phone and card.
let emulator: TestEmulator;
beforeEach(async () => {
  emulator = await createTestEmulator();
});
afterEach(async () => {
  await emulator.close();
});

const DETAIL = "Your transaction cannot be completed due to the following error(s)";

const post = async (path: string, body: unknown, token = TEST_DEMO_TOKEN) => {
  const res = await emulator.app.request(path, {
    method: "POST",
    headers: { Authorization: `Token ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, allow: res.headers.get("Allow") };
};

// The documents' cURL examples, as sent.
const registration = docCallBody("membership.txt:353");
const change = docCallBody("membership.txt:491");

const status = async (user: string): Promise<unknown> =>
  (await emulator.get(`/api/memberships/status?user=${user}&merchant=14`)).json();

describe("POST /api/memberships/register", () => {
  it("registers the documented example: the walk-in member holding card 123412341234", async () => {
    const res = await post("/api/memberships/register", registration);
    expect(res).toEqual({
      status: 200,
      allow: "POST, OPTIONS",
      body: {
        customer: {
          id: 123,
          name: "me",
          email: "me@mail.com",
          identifier: "me@mail.com",
          member_id: "123412341234",
          phone: "0215600010",
          birthday: "1991-10-19",
          gender: "Female",
          address: "221b Baker Street",
        },
      },
    });
    expect(await status("me@mail.com")).toMatchObject({ id: 123, is_active: true, gender: 2, phone: "+62215600010" });
    const suggestions = await emulator.get("/api/memberships/suggestions?query=me@mail&merchant=14");
    expect(await suggestions.json()).toMatchObject({ suggestions: [{ id: 123 }] });
  });

  it("refuses to register the same member twice", async () => {
    await post("/api/memberships/register", registration);
    const again = await post("/api/memberships/register", registration);
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ detail: DETAIL, errors: [{ member_id: "This card is already registered." }] });
  });

  it("creates a new member as Blue, with gender given as 1/2 or male/female", async () => {
    const res = await post("/api/memberships/register", {
      name: "Nadia",
      email: "Nadia@Example.com",
      birthday: "1999-01-02",
      gender: 2,
      merchant: 14,
      store: 32,
    });
    expect(res.status).toBe(200);
    expect(res.body.customer).toMatchObject({
      email: "nadia@example.com",
      gender: "Female",
      member_id: null,
      phone: null,
    });
    expect(await status("nadia@example.com")).toMatchObject({ membership_status: "Blue", stamps: 0, is_active: true });
    const male = await post("/api/memberships/register", {
      ...registration,
      email: "x@y.id",
      member_id: undefined,
      phone: undefined,
      gender: "male",
    });
    expect(male.body.customer).toMatchObject({ gender: "Male" });
  });

  it("makes a person registered at another merchant a member here", async () => {
    const res = await post("/api/memberships/register", {
      name: "Dian Puspita",
      email: "dian.puspita@example.com",
      birthday: "1994-02-11",
      gender: "female",
      merchant: 14,
      store: 2,
    });
    expect(res.body.customer).toMatchObject({ id: 100 });
    expect(await status("dian.puspita@example.com")).toMatchObject({ id: 100, membership_status: "Blue" });
  });

  it("refuses an email, phone or card that belongs to someone else", async () => {
    const res = await post("/api/memberships/register", {
      ...registration,
      email: "bob@stamps.co.id",
      phone: "+6281111111",
      member_id: "123456789012",
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ detail: DETAIL, errors: [{ member_id: "This card is already registered." }] });
    const phone = await post("/api/memberships/register", {
      ...registration,
      member_id: undefined,
      email: "new@x.id",
      phone: "081111111",
    });
    expect(phone.body).toEqual({ detail: DETAIL, errors: [{ phone: "This phone number is already registered." }] });
  });

  it("lists invalid fields and checks the merchant and store", async () => {
    const invalid = await post("/api/memberships/register", {
      merchant: 14,
      email: "nope",
      gender: "x",
      birthday: "19-10-1991",
    });
    expect(invalid.body).toEqual({
      detail: DETAIL,
      errors: [
        { name: "This field is required" },
        { birthday: "Date has wrong format. Use one of these formats instead: YYYY-MM-DD." },
        { gender: '"x" is not a valid choice.' },
        { email: "Enter a valid email address." },
        { store: "This field is required" },
      ],
    });
    expect((await post("/api/memberships/register", { ...registration, merchant: 15 })).status).toBe(403);
    const store = await post("/api/memberships/register", { ...registration, store: 5 });
    expect(store.body).toEqual({ detail: DETAIL, errors: [{ store: 'Invalid pk "5" - object does not exist.' }] });
  });
});

describe("POST /api/memberships/change", () => {
  it("changes the documented example's member 123", async () => {
    const res = await post("/api/memberships/change", change);
    expect(res.status).toBe(200);
    expect(res.body.customer).toMatchObject({
      id: 123,
      name: "me",
      email: "me@mail.com",
      member_id: "123412341234",
      phone: "0215600010",
      birthday: "1991-10-19",
      gender: "Female",
    });
    // The change made no registration: the walk-in member can still register.
    expect(await status("123")).toMatchObject({ name: "me", is_active: false });
    expect((await post("/api/memberships/register", registration)).status).toBe(200);
  });

  it("keeps optional fields that are not sent and adds a new card", async () => {
    const res = await post("/api/memberships/change", {
      id: 13,
      merchant: 14,
      name: "Bob Baker",
      birthday: "1989-10-01",
      gender: 1,
      member_id: "555500001111",
    });
    expect(res.body.customer).toMatchObject({
      email: "bob@stamps.co.id",
      phone: "0811231232",
      member_id: "555500001111",
    });
    expect(await status("555500001111")).toMatchObject({ id: 13, name: "Bob Baker", member_ids: ["555500001111"] });
  });

  it("refuses another member's email and an unknown member", async () => {
    const taken = await post("/api/memberships/change", { ...change, email: "bob@stamps.co.id" });
    expect(taken.body).toEqual({ detail: DETAIL, errors: [{ email: "This email is already registered." }] });
    const unknown = await post("/api/memberships/change", { ...change, id: 100 });
    expect(unknown.body).toEqual({ detail: DETAIL, errors: [{ id: 'Invalid pk "100" - object does not exist.' }] });
  });
});
