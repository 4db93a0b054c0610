import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator } from "../testing/test-emulator";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await createTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const alice = {
  id: 2456,
  name: "Alice",
  email: "customer@stamps.co.id",
  identifier: "customer@stamps.co.id",
  birthday: "2000-09-15",
  stamps: 80,
  balance: 2000,
  membership_status: "Gold",
  is_active: true,
  member_ids: ["123456789012", "123456789011"],
  gender: 2,
  phone: "+6281111111",
  address: "Baker Street 221B",
};

const status = (user: string, merchant = "14") =>
  emulator.get(`/api/memberships/status?${new URLSearchParams({ user, merchant })}`);

describe("GET /api/memberships/status", () => {
  it.each([
    ["email", "customer@stamps.co.id"],
    ["email in another case", "Customer@Stamps.co.id"],
    ["card number", "123456789011"],
    ["phone in +62 form", "+6281111111"],
    ["phone in 62 form", "6281111111"],
    ["phone in 08 form", "081111111"],
    ["primary key", "2456"],
  ])("finds Alice by %s", async (_form, user) => {
    const res = await status(user);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(res.headers.get("Vary")).toBe("Accept");
    expect(await res.json()).toEqual(alice);
  });

  it("answers the merchant's own membership of a member of two merchants", async () => {
    const res = await emulator.get("/api/memberships/status?user=customer@stamps.co.id&merchant=15", {
      Authorization: `Token ${emulator.seed.otherToken}`,
    });
    expect(await res.json()).toMatchObject({
      id: 2456,
      stamps: 3,
      membership_status: "Blue",
      member_ids: ["880000000001"],
    });
  });

  it("uses the phone as identifier of a member without email", async () => {
    const res = await status("+6281534560032");
    expect(await res.json()).toMatchObject({ name: "Rudi Hartanto", email: null, identifier: "+6281534560032" });
  });

  it("answers 404 for an unknown member", async () => {
    const res = await status("nobody@stamps.co.id");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: 'Member with identifier "nobody@stamps.co.id" not found.' });
  });

  it("answers 404 for a member of another merchant only", async () => {
    const res = await status("dian.puspita@example.com");
    expect(res.status).toBe(404);
  });

  it("lists every missing parameter", async () => {
    const res = await emulator.get("/api/memberships/status");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      detail: "Your transaction cannot be completed due to the following error(s)",
      errors: [{ user: "This field is required" }, { merchant: "This field is required" }],
    });
  });

  it("rejects a merchant that is not an integer and a blank user", async () => {
    const res = await emulator.get("/api/memberships/status?user=%20&merchant=abc");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      detail: "Your transaction cannot be completed due to the following error(s)",
      errors: [{ user: "This field may not be blank." }, { merchant: "A valid integer is required." }],
    });
  });

  it("refuses another merchant's members", async () => {
    const res = await status("customer@stamps.co.id", "15");
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ detail: "You do not have permission to perform this action." });
  });
});

describe("GET /api/memberships/suggestions", () => {
  const suggest = async (query: string) => {
    const res = await emulator.get(`/api/memberships/suggestions?${new URLSearchParams({ query, merchant: "14" })}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { suggestions: { id: number; name: string }[] }).suggestions;
  };

  it("matches name words by prefix", async () => {
    const suggestions = await suggest("steve");
    expect(suggestions.map((s) => s.name)).toEqual(["Steve Rogers", "Steve Tanoto", "Steven Wijaya"]);
    expect(suggestions[0]).toEqual({
      id: 14,
      name: "Steve Rogers",
      email: "steve.rogers@example.com",
      phone: "+6281234560001",
      address: "Jl. Sudirman No. 1, Jakarta",
      gender: 1,
      membership: "Silver",
      stamps: 42,
      balance: 0,
      member_ids: ["123456780001"],
    });
  });

  it("matches a later name word, case and accents aside", async () => {
    expect((await suggest("TANÓ")).map((s) => s.name)).toEqual(["Steve Tanoto"]);
  });

  it("matches email, card number and phone in any form", async () => {
    expect((await suggest("bob@")).map((s) => s.id)).toEqual([13]);
    expect((await suggest("12345678901")).map((s) => s.id)).toEqual([2456]);
    expect((await suggest("+62 857-1234")).map((s) => s.name)).toEqual([
      "Steve Tanoto",
      "Nur Aisyah",
      "Oka Mahendra",
      "Wahyu Hidayat",
    ]);
    expect((await suggest("08571234000")).map((s) => s.name)).toEqual(["Steve Tanoto"]);
  });

  it("returns at most 10 members", async () => {
    const suggestions = await suggest("0812");
    expect(suggestions).toHaveLength(10);
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(10);
  });

  it("only suggests the merchant's own members", async () => {
    expect(await suggest("dian")).toEqual([]);
  });

  it("requires a query", async () => {
    const res = await emulator.get("/api/memberships/suggestions?merchant=14");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      detail: "Your transaction cannot be completed due to the following error(s)",
      errors: [{ query: "This field is required" }],
    });
  });
});
