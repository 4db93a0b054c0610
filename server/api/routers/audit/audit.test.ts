import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
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
      (await admin.audit.find({ outcome: "error", target: "member:" })).events.map((event) => event.target),
    ).toEqual(["member:3"]);
    expect((await admin.audit.find({ staffEmail: "sari" })).events).toHaveLength(3);
    expect((await admin.audit.find({ action: "vouchers." })).events).toHaveLength(4);

    const first = await admin.audit.find({ limit: 4, target: "member:" });
    const second = await admin.audit.find({ limit: 4, target: "member:", cursor: first.nextCursor! });
    expect([...first.events, ...second.events].map((event) => event.target)).toEqual(
      all.events.map((event) => event.target),
    );
    expect(second.nextCursor).toBeNull();
  });
});
