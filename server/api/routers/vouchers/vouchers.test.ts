import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { AppError } from "@/server/errors";
import { createStaff } from "@/testing/factories/staff";
import { expiredVoucher } from "@/testing/factories/stamps-emulator-db";
import { issueVoucher } from "@/testing/factories/stamps-members";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

const db = createTestDb();
let merchantId: string;
let caller: (role: "ADMIN" | "SUPPORT" | "MARKETING") => Promise<ReturnType<typeof createCaller>>;

/** "Discount Rp 100,000": a fixed-value demo template of merchant 14, valid 90 days from the start. */
const FIXED_TEMPLATE = 3;
/** "March Surprise Voucher": its value is given when issuing. */
const DYNAMIC_TEMPLATE = 1;
/** "Valentine Voucher": a Cross Promotion template worth Rp 50,000 on four channels. */
const CROSS_PROMOTION_TEMPLATE = 2;
const pos = vitestPos();
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());

async function newMember() {
  const email = `voucher-${randomUUID().slice(0, 8)}@test.stamps.id`;
  const support = await caller("SUPPORT");
  const { id } = await support.members.register({
    merchantId,
    name: "Voucher Tester",
    email,
    birthday: "1990-01-01",
    gender: "male",
    store: 2,
    reason: "A member of this test's own",
  });
  return { id, email };
}

const issueInput = (member: { id: number; email: string }) => ({
  merchantId,
  memberId: member.id,
  templateId: FIXED_TEMPLATE,
  startDate: today,
  quantity: 1,
  reason: "Apology for a late order",
});

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  caller = async (role) => createCaller({ db, staff: await createStaff(db, role, [merchantId]) });
});

describe("vouchers.issue", () => {
  it("issues a voucher that the member's list then holds, with its code, and audits the reason", async () => {
    const member = await newMember();
    const marketing = await caller("MARKETING");
    const issued = await marketing.vouchers.issue({ ...issueInput(member), notes: "Ticket #881" });
    expect(issued).toMatchObject({ startDate: today, quantity: 1, value: 100000, notes: "Ticket #881" });
    expect(issued.code).toEqual(expect.any(String));

    const { vouchers, nextCursor } = await marketing.vouchers.findMemberVouchers({ merchantId, memberId: member.id });
    expect(vouchers).toEqual([
      expect.objectContaining({ id: issued.id, code: issued.code, name: "Discount Rp 100,000", status: "active" }),
    ]);
    expect(nextCursor).toBeNull();
    expect(await marketing.vouchers.countMemberVouchers({ merchantId, memberId: member.id })).toEqual({ count: 1 });

    const events = await db.auditEvent.findMany({ where: { action: "vouchers.issue", target: `member:${member.id}` } });
    expect(events).toEqual([expect.objectContaining({ reason: "Apology for a late order", outcome: "OK" })]);
  });

  it("records a refused issue too, and puts Stamps' error on the template field", async () => {
    const member = await newMember();
    const error = await errorOf((await caller("SUPPORT")).vouchers.issue({ ...issueInput(member), templateId: 9999 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause instanceof AppError ? error.cause.fieldErrors : {}).toHaveProperty("templateId");
    const events = await db.auditEvent.findMany({ where: { action: "vouchers.issue", target: `member:${member.id}` } });
    expect(events).toEqual([expect.objectContaining({ reason: "Apology for a late order", outcome: "BAD_REQUEST" })]);
  });

  it("gives a dynamic template the value typed in", async () => {
    const member = await newMember();
    const issued = await (
      await caller("ADMIN")
    ).vouchers.issue({ ...issueInput(member), templateId: DYNAMIC_TEMPLATE, value: 35000 });
    expect(issued.value).toBe(35000);
  });

  it("needs a reason", async () => {
    const member = await newMember();
    const error = await errorOf((await caller("SUPPORT")).vouchers.issue({ ...issueInput(member), reason: " " }));
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("refuses a merchant the staff member does not work for", async () => {
    const member = await newMember();
    const other = await createEmulatorMerchant(db, { stampsMerchantId: 15 });
    const error = await errorOf(
      (await caller("MARKETING")).vouchers.issue({ ...issueInput(member), merchantId: other.id }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("vouchers.find, count and get", () => {
  it("pages through the member's vouchers without gaps or repeats", async () => {
    const member = await newMember();
    const support = await caller("SUPPORT");
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await support.vouchers.issue(issueInput(member))).id);

    const first = await support.vouchers.findMemberVouchers({ merchantId, memberId: member.id, limit: 2 });
    const second = await support.vouchers.findMemberVouchers({
      merchantId,
      memberId: member.id,
      limit: 2,
      cursor: first.nextCursor,
    });
    const third = await support.vouchers.findMemberVouchers({
      merchantId,
      memberId: member.id,
      limit: 2,
      cursor: second.nextCursor,
    });
    expect([...first.vouchers, ...second.vouchers, ...third.vouchers].map((voucher) => voucher.id)).toEqual(ids);
    expect(first.nextCursor).toBe(ids[1]);
    expect(third.nextCursor).toBeNull();
    expect((await support.vouchers.countMemberVouchers({ merchantId, memberId: member.id })).count).toBe(5);
  });

  it("shows one voucher's details with where it can be used", async () => {
    const member = await newMember();
    const { code } = await issueVoucher(pos, member.email, { template: CROSS_PROMOTION_TEMPLATE });
    const details = await (await caller("MARKETING")).vouchers.get({ merchantId, memberId: member.id, code });
    expect(details).toMatchObject({
      code,
      name: "Valentine Voucher",
      value: 50000,
      templateType: "Cross Promotion",
    });
    expect(details.channels).toEqual(["Mobile App", "POS", "Kiosk", "iOS"]);
  });
});

describe("vouchers.validate", () => {
  it("says what a valid code gives", async () => {
    const member = await newMember();
    const { code } = await issueVoucher(pos, member.email, { template: CROSS_PROMOTION_TEMPLATE });
    const result = await (await caller("SUPPORT")).vouchers.validate({ merchantId, code, store: 2 });
    expect(result).toMatchObject({
      isRedeemable: true,
      reason: null,
      voucher: { name: "Valentine Voucher", value: 50000 },
    });
    expect(result.owner?.email).toBe(member.email);
  });

  it("gives Stamps' reason when the code is refused", async () => {
    const support = await caller("SUPPORT");
    const unknown = await support.vouchers.validate({ merchantId, code: "NO-SUCH-CODE", store: 2 });
    expect(unknown.isRedeemable).toBe(false);
    expect(unknown.reason).toMatch(/does not exist/i);

    const owner = await newMember();
    const other = await newMember();
    const { code } = await issueVoucher(pos, owner.email, { template: CROSS_PROMOTION_TEMPLATE });
    const notOwner = await support.vouchers.validate({ merchantId, code, store: 2, user: other.email });
    expect(notOwner.isRedeemable).toBe(false);
    expect(notOwner.reason).toContain("not owned");
  });
});

describe("vouchers.validate of a voucher past its end date", () => {
  let ended: Awaited<ReturnType<typeof expiredVoucher>>;
  beforeAll(async () => {
    ended = await expiredVoucher(pos, { emulatorDatabaseUrl: inject("emulatorDatabaseUrl") });
  });

  it("says it cannot be redeemed, with its dates", async () => {
    const result = await (await caller("SUPPORT")).vouchers.validate({ merchantId, code: ended.code, store: 2 });
    expect(ended.endDate < today).toBe(true);
    expect(result).toMatchObject({ isRedeemable: false, voucher: { endDate: ended.endDate } });
  });

  it("gives Stamps' own reason", async () => {
    const result = await (await caller("SUPPORT")).vouchers.validate({ merchantId, code: ended.code, store: 2 });
    expect(result.reason).toContain("expired");
  });
});
