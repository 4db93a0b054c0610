import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, TEST_DEMO_TOKEN } from "../testing/test-emulator";

// issue 12, departure 6: the published Python client follows the public reference as it stood
// until October 2025: the token in the JSON body of every POST (and in the query string of GETs),
// and `GET /api/rewards` without the trailing slash.
let emulator: TestEmulator;
beforeEach(async () => {
  emulator = await createTestEmulator();
});
afterEach(async () => {
  await emulator.close();
});

const postWithBodyToken = async (path: string, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const res = await emulator.app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ token: TEST_DEMO_TOKEN, ...body }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const registration = {
  name: "me",
  email: "me@mail.com",
  member_id: "123412341234",
  phone: "+62215600010",
  birthday: "1991-10-19",
  gender: "Female",
  merchant: 14,
  address: "221b Baker Street",
  store: 2,
};

describe("a token in the JSON body", () => {
  it("registers a member, changes it and cancels a redemption", async () => {
    const registered = await postWithBodyToken("/api/memberships/register", registration);
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    const changed = await postWithBodyToken("/api/memberships/change", { ...registration, id: 123, name: "Me" });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.customer).toMatchObject({ name: "Me" });
    const canceled = await postWithBodyToken("/api/redemptions/cancel", { id: 1 });
    expect(canceled.status, JSON.stringify(canceled.body)).toBe(200);
  });

  it("is read from a form body too", async () => {
    const res = await emulator.app.request("/api/redemptions/cancel", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: TEST_DEMO_TOKEN, id: "1" }).toString(),
    });
    expect(res.status).toBe(200);
  });

  it("is checked like a header token", async () => {
    const res = await emulator.app.request("/api/redemptions/cancel", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: "nope", id: 1 }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ detail: "Invalid token." });
  });

  it("agrees with the header when both are sent, and two different tokens are refused", async () => {
    const same = await postWithBodyToken(
      "/api/redemptions/cancel",
      { id: 1 },
      { Authorization: `Token ${TEST_DEMO_TOKEN}` },
    );
    expect(same.status).toBe(200);
    const other = await postWithBodyToken(
      "/api/redemptions/cancel",
      { id: 2 },
      { Authorization: `Token ${emulator.seed.otherToken}` },
    );
    expect(other).toEqual({
      status: 401,
      body: { detail: "Two different tokens were sent (header, query or body); send one." },
    });
    const query = await emulator.get(
      `/api/memberships/status?user=customer@stamps.co.id&merchant=14&token=${emulator.seed.otherToken}`,
    );
    expect(query.status).toBe(401);
  });
});

describe("documented paths that end with a slash", () => {
  it("redirect a GET without the slash, as Django's APPEND_SLASH does, keeping the query", async () => {
    const res = await emulator.app.request(`/api/rewards?token=${TEST_DEMO_TOKEN}&customer=customer@stamps.co.id`);
    expect(res.status).toBe(301);
    expect(res.headers.get("Location")).toBe(`/api/rewards/?token=${TEST_DEMO_TOKEN}&customer=customer@stamps.co.id`);
    const followed = await emulator.app.request(res.headers.get("Location")!);
    expect(followed.status).toBe(200);
  });

  it("leave other paths exact", async () => {
    const res = await emulator.get("/api/memberships/status/?user=customer@stamps.co.id&merchant=14");
    expect(res.status).toBe(404);
  });
});
