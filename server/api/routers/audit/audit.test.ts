import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { AUDIT_CSV_HEADER, streamAuditCsv } from "@/server/services/audit/export-audit-csv";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { createStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";

const db = createTestDb();
let merchantId: string;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  for (let i = 0; i < 7; i++) {
    await recordAuditEvent(db, {
      actor: { id: null, email: i % 2 ? "sari@demo.stamps.id" : "made@demo.stamps.id" },
      merchantId,
      action: i % 2 ? "members.update" : "vouchers.issue",
      target: `member:${i}`,
      request: { i, token: "never-stored" },
      outcome: i === 3 ? "BAD_REQUEST" : "OK",
    });
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
});

describe("audit.find", () => {
  it("is for admins only", async () => {
    for (const role of ["SUPPORT", "MARKETING"] as const) {
      const staff = await createStaff(db, role, [merchantId]);
      const caller = createCaller({ db, staff });
      expect((await trpcErrorOf(caller.audit.find({ merchantId }))).code).toBe("FORBIDDEN");
      // The refusal itself is audited: who, which procedure, which merchant they asked for.
      const refused = await db.auditEvent.findMany({ where: { staffId: staff.id } });
      expect(refused).toMatchObject([
        { action: "access.refused", target: "procedure:audit.find", merchantId, outcome: "FORBIDDEN" },
      ]);
    }
  });

  it("lists newest first, filters, and pages without gaps or repeats", async () => {
    const admin = createCaller({ db, staff: await createStaff(db, "ADMIN", [merchantId]) });
    const all = await admin.audit.find({ limit: 50, target: "member:" });
    expect(all.events.map((event) => event.target)).toEqual([
      "member:6",
      "member:5",
      "member:4",
      "member:3",
      "member:2",
      "member:1",
      "member:0",
    ]);
    expect(all.events.every((event) => !event.request.includes("never-stored"))).toBe(true);

    expect(
      (await admin.audit.find({ outcome: "refused", target: "member:" })).events.map((event) => event.target),
    ).toEqual(["member:3"]);
    expect((await admin.audit.find({ staff: "sari" })).events).toHaveLength(3);
    expect((await admin.audit.find({ action: "vouchers." })).events).toHaveLength(4);

    const first = await admin.audit.find({ limit: 4, target: "member:" });
    const second = await admin.audit.find({ limit: 4, target: "member:", cursor: first.nextCursor! });
    expect([...first.events, ...second.events].map((event) => event.target)).toEqual(
      all.events.map((event) => event.target),
    );
    expect(second.nextCursor).toBeNull();
  });

  it("shows an admin only the merchants they work for; another merchant's filter is refused", async () => {
    const other = await createEmulatorMerchant(db, { stampsMerchantId: 15 });
    const stranger = createCaller({ db, staff: await createStaff(db, "ADMIN", [other.id]) });
    expect((await stranger.audit.find({ target: "member:" })).events).toEqual([]);
    expect((await trpcErrorOf(stranger.audit.find({ merchantId }))).code).toBe("FORBIDDEN");
    const someId = (await db.auditEvent.findFirstOrThrow({ where: { merchantId } })).id;
    expect((await trpcErrorOf(stranger.audit.get({ id: someId }))).code).toBe("NOT_FOUND");
    const admin = createCaller({ db, staff: await createStaff(db, "ADMIN", [merchantId]) });
    expect(await admin.audit.get({ id: someId })).toMatchObject({ id: someId, merchantName: "Stamps Coffee" });
  });

  it("filters by member, exact action, and a date range in the merchant's time zone", async () => {
    const admin = createCaller({ db, staff: await createStaff(db, "ADMIN", [merchantId]) });
    expect((await admin.audit.find({ memberId: 4 })).events.map((event) => event.target)).toEqual(["member:4"]);
    expect((await admin.audit.find({ action: "vouchers.issue" })).events).toHaveLength(4);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
    expect((await admin.audit.find({ target: "member:", from: today, to: today })).events).toHaveLength(7);
    expect((await admin.audit.find({ target: "member:", to: "2020-01-01" })).events).toHaveLength(0);
    expect((await admin.audit.find({ target: "member:", from: "2099-01-01" })).events).toHaveLength(0);
  });
});

describe("the audit CSV export", () => {
  it("streams every selected row, newest first, with formula-like cells made inert", async () => {
    await recordAuditEvent(db, {
      actor: { id: null, email: '=HYPERLINK("http://evil")' },
      merchantId,
      action: "members.update",
      target: "member:99",
      reason: "+62 call back; -1 stamp, @team",
      request: { note: "=1+1" },
      outcome: "OK",
    });
    const staff = await createStaff(db, "ADMIN", [merchantId]);
    const text = await new Response(streamAuditCsv(db, staff, { memberId: 99 })).text();
    const lines = text
      .replace(/^\ufeff/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(","));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[1]).toContain(`"'+62 call back; -1 stamp, @team"`);
    expect(lines[1]).toContain("Edited a member");
    expect(lines[1]).toContain("Done");

    // More rows than one page of the cursor: all of them, none twice.
    const many = Array.from({ length: 2_345 }, (_, i) => ({
      staffEmail: "bulk@test.stamps.id",
      merchantId,
      action: "vouchers.issue",
      target: `member:${100_000 + i}`,
      request: "{}",
      outcome: "OK",
    }));
    await db.auditEvent.createMany({ data: many });
    const bulk = await new Response(streamAuditCsv(db, staff, { staff: "bulk@" })).text();
    const ids = bulk
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",").at(-1));
    expect(ids).toHaveLength(2_345);
    expect(new Set(ids).size).toBe(2_345);
  });

  it("refuses a merchant the admin does not work for", async () => {
    const other = await db.merchant.findFirstOrThrow({ where: { stampsMerchantId: 15 } });
    const staff = await createStaff(db, "ADMIN", [other.id]);
    expect(() => streamAuditCsv(db, staff, { merchantId })).toThrow("not yours to read");
  });
});
