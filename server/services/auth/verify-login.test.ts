import { describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { hashPassword } from "./password";
import { LOGIN_THROTTLE, verifyLogin } from "./verify-login";

const db = createTestDb();
const PASSWORD = "right-password-123";
const START = Date.parse("2026-11-22T10:00:00Z");

async function staff(email: string, disabled = false) {
  await db.staff.create({
    data: { email, name: "T", role: "SUPPORT", passwordHash: await hashPassword(PASSWORD), disabled },
  });
}

const failures = async (key: string) => (await db.loginThrottle.findUnique({ where: { key } }))?.failures ?? 0;

describe("verifyLogin", () => {
  it("accepts the right password and refuses a wrong one or a disabled account alike", async () => {
    await staff("ok@test.id");
    await staff("off@test.id", true);
    const ip = "198.51.100.1";
    expect(await verifyLogin(db, { email: "ok@test.id", password: PASSWORD, ip })).toMatchObject({ ok: true });
    expect(await verifyLogin(db, { email: "ok@test.id", password: "wrong", ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyLogin(db, { email: "off@test.id", password: PASSWORD, ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyLogin(db, { email: "nobody@test.id", password: "x", ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("counts 50 wrong passwords sent at once one by one: 5 are checked, the rest wait, and so does the right one", async () => {
    await staff("parallel@test.id");
    const ip = "198.51.100.2";
    const results = await Promise.all(
      Array.from({ length: 50 }, () => verifyLogin(db, { email: "parallel@test.id", password: "bad", ip }, START)),
    );
    expect(results.filter((result) => result.ok === false && result.reason === "invalid")).toHaveLength(
      LOGIN_THROTTLE.email.free,
    );
    expect(results.filter((result) => result.ok === false && result.reason === "throttled")).toHaveLength(45);
    expect(await failures("email:parallel@test.id")).toBe(5);

    // Even the right password waits out the delay; refused attempts do not push it further.
    for (const at of [START + 100, START + 500, START + 900]) {
      expect(await verifyLogin(db, { email: "parallel@test.id", password: PASSWORD, ip }, at)).toMatchObject({
        reason: "throttled",
      });
    }
    expect(await verifyLogin(db, { email: "parallel@test.id", password: PASSWORD, ip }, START + 1_000)).toMatchObject({
      ok: true,
    });
    expect(await failures("email:parallel@test.id")).toBe(0);
  });

  it("doubles the delay with each further failure, up to a minute per email, instead of locking", async () => {
    await staff("slowed@test.id");
    let now = START;
    // A guesser spreading over addresses still meets the email's delay.
    const attempt = (i: number) =>
      verifyLogin(db, { email: "slowed@test.id", password: "bad", ip: `203.0.113.${i}` }, now);
    for (let i = 0; i < LOGIN_THROTTLE.email.free; i++) expect(await attempt(i)).toMatchObject({ reason: "invalid" });
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const waiting = await attempt(i);
      delays.push(waiting.ok || waiting.reason !== "throttled" ? 0 : waiting.retryAfterMs);
      now += delays.at(-1)!;
      expect(await attempt(i)).toMatchObject({ reason: "invalid" });
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
    now += 60_000;
    expect(
      await verifyLogin(db, { email: "slowed@test.id", password: PASSWORD, ip: "203.0.113.99" }, now),
    ).toMatchObject({ ok: true });
  });

  it("limits one address trying one password across many emails", async () => {
    const ip = "198.51.100.3";
    const results = [];
    for (let i = 0; i < 25; i++) {
      results.push(await verifyLogin(db, { email: `spray-${i}@test.id`, password: "Password123!", ip }, START));
    }
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(LOGIN_THROTTLE.ip.free);
    expect(results.at(-1)).toMatchObject({ reason: "throttled" });
  });

  it("lets an office sign in often from one address", async () => {
    await staff("office@test.id");
    for (let i = 0; i < 40; i++) {
      expect(
        await verifyLogin(db, { email: "office@test.id", password: PASSWORD, ip: "198.51.100.4" }, START + i),
      ).toMatchObject({ ok: true });
    }
  });

  it("forgets failures after the window", async () => {
    await staff("window@test.id");
    for (let i = 0; i < 8; i++) {
      const at = START + i * (LOGIN_THROTTLE.email.windowMs + 1);
      expect(await verifyLogin(db, { email: "window@test.id", password: "bad", ip: `192.0.2.${i}` }, at)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
  });
});
