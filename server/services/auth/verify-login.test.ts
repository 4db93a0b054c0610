import { describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { hashPassword } from "./password";
import { LOGIN_THROTTLE, verifyLogin } from "./verify-login";

const db = createTestDb();

async function staff(email: string, password: string, disabled = false) {
  await db.staff.create({ data: { email, name: "T", role: "SUPPORT", passwordHash: await hashPassword(password), disabled } });
}

describe("verifyLogin", () => {
  it("accepts the right password and refuses a wrong one or a disabled account alike", async () => {
    await staff("ok@test.id", "right-password-123");
    await staff("off@test.id", "right-password-123", true);
    expect(await verifyLogin(db, { email: "ok@test.id", password: "right-password-123" })).toMatchObject({ ok: true });
    expect(await verifyLogin(db, { email: "ok@test.id", password: "wrong" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyLogin(db, { email: "off@test.id", password: "right-password-123" })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyLogin(db, { email: "nobody@test.id", password: "x" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an email for 15 minutes after 5 failures in 15 minutes, then lets it in again", async () => {
    await staff("lock@test.id", "right-password-123");
    const start = new Date("2026-11-22T10:00:00Z");
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    for (let i = 0; i < LOGIN_THROTTLE.maxFailures - 1; i++) {
      expect((await verifyLogin(db, { email: "lock@test.id", password: "bad" }, at(i))).ok).toBe(false);
    }
    expect(await verifyLogin(db, { email: "lock@test.id", password: "bad" }, at(4))).toMatchObject({ reason: "locked" });
    const locked = await verifyLogin(db, { email: "lock@test.id", password: "right-password-123" }, at(10));
    expect(locked).toEqual({ ok: false, reason: "locked", retryAfterMs: 9 * 60_000 });
    expect(await verifyLogin(db, { email: "lock@test.id", password: "right-password-123" }, at(20))).toMatchObject({ ok: true });
  });

  it("forgets failures older than the window", async () => {
    await staff("slow@test.id", "right-password-123");
    const start = Date.parse("2026-11-22T10:00:00Z");
    for (let i = 0; i < 8; i++) {
      const result = await verifyLogin(db, { email: "slow@test.id", password: "bad" }, new Date(start + i * 4 * 60_000));
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
