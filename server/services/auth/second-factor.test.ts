import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import { createStaff as createTestStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { hashPassword } from "./password";
import { confirmEnrolment, startEnrolment } from "./second-factor";
import { verifyLogin } from "./verify-login";

const db = createTestDb();
const PASSWORD = "right-password-123";

async function enrolled(email: string) {
  const staff = await db.staff.create({
    data: { email, name: "T", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) },
  });
  const { secret, uri } = await startEnrolment(db, staff);
  expect(uri).toContain(`secret=${secret}`);
  const row = await db.staff.findUniqueOrThrow({ where: { id: staff.id } });
  expect(row.totpSecretCiphertext).not.toContain(secret);
  const now = Date.parse("2026-12-01T10:00:00Z");
  const codes = await confirmEnrolment(db, staff.id, generateSync({ secret, epoch: now / 1000 }), now);
  expect(codes).toHaveLength(10);
  return { staff, secret, codes: codes!, now };
}

describe("two-factor sign-in", () => {
  it("asks for the code after the right password, takes each code once, and each recovery code once", async () => {
    const { secret, codes, now } = await enrolled("tf@test.id");
    const login = (code: string | undefined, at: number, ip = "192.0.2.10") =>
      verifyLogin(db, { email: "tf@test.id", password: PASSWORD, ip, code }, at);

    expect(await login(undefined, now + 60_000)).toEqual({ ok: false, reason: "second-factor" });
    expect(await login("123456", now + 60_000)).toEqual({ ok: false, reason: "second-factor" });
    const code = generateSync({ secret, epoch: (now + 60_000) / 1000 });
    expect(await login(code, now + 60_000)).toMatchObject({ ok: true });
    expect(await login(code, now + 61_000)).toEqual({ ok: false, reason: "second-factor" });

    expect(await login(codes[0]!.toLowerCase(), now + 62_000)).toMatchObject({ ok: true });
    expect(await login(codes[0], now + 63_000)).toEqual({ ok: false, reason: "second-factor" });
    const stored = await db.staffRecoveryCode.findMany();
    expect(JSON.stringify(stored)).not.toContain(codes[1]!);
  });

  it("lets an admin reset another staff member's second factor: audited, sessions ended; others may not", async () => {
    const { staff } = await enrolled("reset@test.id");
    const merchant = await createEmulatorMerchant(db);
    await db.staffMerchant.create({ data: { staffId: staff.id, merchantId: merchant.id } });
    const reason = "Lost their phone, ticket 42";
    const admin = createCaller({ db, staff: await createTestStaff(db, "ADMIN", [merchant.id]) });
    const support = createCaller({ db, staff: await createTestStaff(db, "SUPPORT", [merchant.id]) });

    expect((await trpcErrorOf(support.staff.resetSecondFactor({ id: staff.id, reason }))).code).toBe("FORBIDDEN");
    expect((await trpcErrorOf(admin.staff.resetSecondFactor({ id: "no-such-staff", reason }))).code).toBe("NOT_FOUND");
    await admin.staff.resetSecondFactor({ id: staff.id, reason });

    const row = await db.staff.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row).toMatchObject({ totpSecretCiphertext: null, totpEnabledAt: null, sessionVersion: 1 });
    expect(await db.staffRecoveryCode.count({ where: { staffId: staff.id } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.resetSecondFactor", outcome: "OK" } });
    expect(event).toMatchObject({ target: `staff:${staff.id}`, reason });
  });
});
