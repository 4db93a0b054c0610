import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { appRouter, createCaller } from "@/server/api/root";
import type { CurrentStaff } from "@/server/auth/current-staff";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { auditedLogin } from "@/server/services/auth/audited-login";
import { createStaff } from "@/testing/factories/staff";
import { memberVouchers, memberWithStamps, stampsOf, type TestMember } from "@/testing/factories/stamps-members";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

// Hole 1 of issue 10: a change must not reach Stamps without its audit event.

const db = createTestDb();
const pos = vitestPos();
const REASON = "Audit escape check; ticket #9";
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
let merchantId: string;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  await db.voucherTemplate.create({
    data: { merchantId, stampsTemplateId: 3, name: "Discount Rp 100,000", valueType: "FIXED" },
  });
});

const issueInput = (member: TestMember) => ({
  merchantId,
  memberId: member.id,
  templateId: 3,
  startDate: today(),
  quantity: 1,
  reason: REASON,
});

/** A tRPC call as the browser sends it: superjson over HTTP, through the same handler as the app's route. */
function post(staff: CurrentStaff, path: string, body: unknown) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    router: appRouter,
    createContext: () => ({ db, staff }),
  });
}

describe("the BigInt trick", () => {
  it("an extra field decoded to a BigInt cannot make a change escape the audit log", async () => {
    const staff = await createStaff(db, "SUPPORT", [merchantId]);
    const member = await memberWithStamps(pos, 0);
    const response = await post(staff, "vouchers.issue", {
      json: { ...issueInput(member), x: "1", nested: { y: "2" } },
      meta: { values: { x: ["bigint"], "nested.y": ["bigint"] } },
    });
    expect(response.status).not.toBe(500);
    const vouchers = await memberVouchers(pos, member.email);
    const events = await db.auditEvent.findMany({ where: { staffId: staff.id, target: memberTarget(member.id) } });
    if (response.ok) {
      // The change happened: so did its audit event, completed, holding the parsed input (no extra fields).
      expect(vouchers).toHaveLength(1);
      expect(events).toMatchObject([{ action: "vouchers.issue", outcome: "OK", reason: REASON }]);
      expect(JSON.parse(events[0]!.request)).not.toHaveProperty("x");
    } else {
      expect(vouchers).toHaveLength(0);
    }
  });
});

describe("an audit log that cannot be written", () => {
  it("means Stamps is not called and the caller is told in plain words", async () => {
    const staff = await createStaff(db, "SUPPORT", [merchantId]);
    const caller = createCaller({ db, staff });
    const member = await memberWithStamps(pos, 30);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER audit_refuses BEFORE INSERT ON "AuditEvent" BEGIN SELECT RAISE(ABORT, 'audit refused'); END`,
    );
    try {
      const issue = await trpcErrorOf(caller.vouchers.issue(issueInput(member)));
      const redeem = await trpcErrorOf(
        caller.redemptions.redeemReward({ merchantId, memberId: member.id, rewardId: 6, storeId: 2, reason: REASON }),
      );
      for (const error of [issue, redeem]) {
        expect(error.code).toBe("INTERNAL_SERVER_ERROR");
        expect(error.message).toContain("Nothing was changed: the audit log could not be written");
      }
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER audit_refuses`);
    }
    expect(await memberVouchers(pos, member.email)).toHaveLength(0);
    expect(await stampsOf(pos, member.email)).toBe(30);

    // Written again, the same call goes through, audited.
    await caller.vouchers.issue(issueInput(member));
    expect(await memberVouchers(pos, member.email)).toHaveLength(1);
  });
});

describe("refusals and sign-ins", () => {
  it("audits a FORBIDDEN call with who, which procedure and which merchant was asked for", async () => {
    const other = await createEmulatorMerchant(db, { stampsMerchantId: 15 });
    const marketing = await createStaff(db, "MARKETING", [merchantId]);
    const member = await memberWithStamps(pos, 0);
    const caller = createCaller({ db, staff: marketing });
    expect(
      (
        await trpcErrorOf(
          caller.transactions.cancel({
            merchantId,
            transactionId: 1,
            invoiceNumber: "X",
            date: today(),
            reason: REASON,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect((await trpcErrorOf(caller.vouchers.issue({ ...issueInput(member), merchantId: other.id }))).code).toBe(
      "FORBIDDEN",
    );
    const events = await db.auditEvent.findMany({ where: { staffId: marketing.id }, orderBy: { createdAt: "asc" } });
    expect(events).toMatchObject([
      { action: "access.refused", target: "procedure:transactions.cancel", merchantId, outcome: "FORBIDDEN" },
      { action: "access.refused", target: "procedure:vouchers.issue", merchantId: other.id, outcome: "FORBIDDEN" },
    ]);
    expect(events.every((event) => event.completedAt !== null)).toBe(true);
  });

  it("audits sign-ins that succeed, fail, are throttled or miss the second factor; never the password or code", async () => {
    const support = await createStaff(db, "SUPPORT", [merchantId], { password: true });
    const admin = await createStaff(db, "ADMIN", [merchantId], { password: true });
    const ip = `10.0.${Math.floor(Math.random() * 250)}.7`;
    const now = Date.now();
    expect((await auditedLogin(db, { email: support.email, password: support.password, ip }, now)).ok).toBe(true);
    expect(await auditedLogin(db, { email: support.email, password: "wrong-password-1", ip }, now)).toMatchObject({
      reason: "invalid",
    });
    expect(
      await auditedLogin(db, { email: admin.email, password: admin.password, ip, code: "000000" }, now),
    ).toMatchObject({ reason: "second-factor" });
    let throttled = false;
    for (let attempt = 0; attempt < 30 && !throttled; attempt++) {
      const result = await auditedLogin(db, { email: support.email, password: "wrong-password-2", ip }, now);
      throttled = !result.ok && result.reason === "throttled";
    }
    expect(throttled).toBe(true);

    const events = await db.auditEvent.findMany({
      where: { action: "auth.signIn", staffId: { in: [support.id, admin.id] } },
    });
    const outcomes = (staffId: string) =>
      new Set(events.filter((event) => event.staffId === staffId).map((event) => event.outcome));
    expect(outcomes(support.id)).toEqual(new Set(["OK", "INVALID_CREDENTIALS", "THROTTLED"]));
    expect(outcomes(admin.id)).toEqual(new Set(["SECOND_FACTOR_FAILED"]));
    for (const event of events) {
      expect(JSON.parse(event.request)).toEqual({ email: event.staffEmail, ip });
      expect(event.target).toBe(event.staffEmail);
      for (const secret of [support.password, admin.password, "wrong-password", "000000"]) {
        expect(JSON.stringify(event)).not.toContain(secret);
      }
    }
  });
});
