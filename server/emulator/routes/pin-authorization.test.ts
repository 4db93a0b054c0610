import { describe, expect, it } from "vitest";
import { coded, listed, post, freshEmulatorPerTest } from "../redemptions/test-helpers";

const emulator = freshEmulatorPerTest();

// Merchant 15 (the other demo token) redeems only with a PIN-authorized request_id.
const otherToken = () => emulator().seed.otherToken;
const authorize = (body: Record<string, unknown>, token?: string) =>
  post(emulator(), "/api/redemptions/authorize", { user: "customer@stamps.co.id", timeout: 900, ...body }, token);
const redeemAt15 = (body: Record<string, unknown>) =>
  post(
    emulator(),
    "/api/v2/redemptions/redeem-voucher",
    { user: "customer@stamps.co.id", store: 5, voucher: 16, ...body },
    otherToken(),
  );

describe("POST /api/redemptions/authorize", () => {
  it("authorizes the docs' example", async () => {
    const res = await post(
      emulator(),
      "/api/redemptions/authorize",
      `{ "user": 123, "pin": "123456", "request_id": "abcdefgh", "timeout": 900}`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok" });
  });

  it("counts wrong PINs down and blocks the request after the third", async () => {
    const attempt = () => authorize({ pin: "000000", request_id: "req-1" });
    for (const left of [2, 1, 0]) {
      const res = await attempt();
      expect(res.status).toBe(400);
      expect(res.body).toEqual(coded("pin", `Invalid PIN, ${left} attempt(s) left`, "invalid_pin"));
    }
    const blocked = await authorize({ pin: "123456", request_id: "req-1" });
    expect(blocked.body).toEqual(
      coded("request_id", "Too many invalid PIN attempts, this request is blocked", "pin_blocked"),
    );
    expect((await authorize({ pin: "123456", request_id: "req-2" })).status).toBe(200);
  });

  it("validates the fields", async () => {
    const res = await post(emulator(), "/api/redemptions/authorize", { user: 2456, pin: "12345", timeout: 0 });
    expect(res.body).toEqual(
      listed(
        { pin: "PIN must be a 6 digit string" },
        { request_id: "This field is required" },
        { timeout: "Ensure this value is greater than or equal to 1." },
      ),
    );
  });

  it("refuses a member without a PIN", async () => {
    const res = await authorize({ user: "bob@stamps.co.id", pin: "123456", request_id: "req-3" });
    expect(res.body).toEqual(coded("pin", "This member has not set a PIN", "pin_not_set"));
  });
});

describe("redemptions at a merchant with PIN authorization", () => {
  it("need a request_id", async () => {
    expect((await redeemAt15({})).body).toEqual(listed({ request_id: "This field is required" }));
  });

  it("refuse a request that was not authorized", async () => {
    expect((await redeemAt15({ request_id: "unknown" })).body).toEqual(
      coded("request_id", "This request has not been authorized with the member's PIN", "unauthorized_request"),
    );
  });

  it("use an authorized request once", async () => {
    await authorize({ pin: "123456", request_id: "pos-42" }, otherToken());
    expect((await redeemAt15({ request_id: "pos-42" })).status).toBe(200);
    const again = await post(
      emulator(),
      "/api/v2/redemptions/redeem-reward",
      { user: "customer@stamps.co.id", store: 5, reward: 20, request_id: "pos-42" },
      otherToken(),
    );
    expect(again.body).toEqual(coded("request_id", "This request has already been used", "request_id_used"));
  });

  it("refuse an authorization that timed out", async () => {
    await authorize({ pin: "123456", request_id: "pos-43", timeout: 60 }, otherToken());
    emulator()
      .db.sqlite.prepare("UPDATE pin_authorizations SET expires_at = ? WHERE request_id = 'pos-43'")
      .run(new Date(Date.now() - 1000).toISOString().replace("Z", "+00:00"));
    expect((await redeemAt15({ request_id: "pos-43" })).body).toEqual(
      coded("request_id", "The PIN authorization of this request has expired", "authorization_expired"),
    );
  });

  it("do not need one at the demo merchant", async () => {
    const res = await post(emulator(), "/api/v2/redemptions/redeem-voucher", {
      user: "customer@stamps.co.id",
      store: 32,
      voucher: 3,
    });
    expect(res.status).toBe(200);
  });
});
