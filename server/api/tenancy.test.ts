import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { createStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";

// Issue 10, hole 2: an admin of merchant A reads and changes merchant A only; an owner reads everything.
const db = createTestDb();
let a: string;
let b: string;

beforeAll(async () => {
  a = (await createEmulatorMerchant(db)).id;
  b = (await createEmulatorMerchant(db, { stampsMerchantId: 15 })).id;
  for (const [merchantId, target] of [
    [a, "member:1"],
    [b, "member:2"],
    [null, "staff:x"],
  ] as const) {
    await recordAuditEvent(db, {
      actor: { id: null, email: "someone@test.id" },
      merchantId,
      action: "members.update",
      target,
      request: {},
      outcome: "OK",
    });
  }
});

const adminOf = async (merchantIds: string[], isOwner = false) =>
  createCaller({ db, staff: await createStaff(db, "ADMIN", merchantIds, { isOwner }) });

describe("merchants: an admin is held to their merchants", () => {
  it("lists only the admin's merchants and refuses to change or remove another's", async () => {
    const admin = await adminOf([a]);
    expect((await admin.merchants.find()).map((merchant) => merchant.id)).toEqual([a]);
    const before = await db.merchant.findUniqueOrThrow({ where: { id: b } });
    const update = await trpcErrorOf(
      admin.merchants.update({
        id: b,
        stampsMerchantId: 15,
        name: "Taken over",
        apiBaseUrl: before.apiBaseUrl,
        tokenType: "Token",
        timeZone: "Asia/Jakarta",
        token: "",
      }),
    );
    expect(update.code).toBe("FORBIDDEN");
    const remove = await trpcErrorOf(admin.merchants.remove({ id: b, confirmName: before.name, reason: "Not mine" }));
    expect(remove.code).toBe("FORBIDDEN");
    expect((await trpcErrorOf(admin.merchants.testConnection({ id: b }))).code).toBe("FORBIDDEN");
    expect(await db.merchant.findUniqueOrThrow({ where: { id: b } })).toMatchObject({ name: before.name });
  });

  it("makes a merchant an admin creates theirs, and only theirs", async () => {
    const creator = await createStaff(db, "ADMIN", [a]);
    const created = await createCaller({ db, staff: creator }).merchants.create({
      stampsMerchantId: 777,
      name: "New Branch",
      apiBaseUrl: "https://stamps.co.id",
      tokenType: "Token",
      timeZone: "Asia/Jakarta",
      token: "token-of-the-new-branch",
    });
    const rows = await db.staffMerchant.findMany({ where: { merchantId: created.id } });
    expect(rows.map((row) => row.staffId)).toEqual([creator.id]);
    const other = await adminOf([a]);
    expect((await other.merchants.find()).map((merchant) => merchant.id)).not.toContain(created.id);
  });

  it("lets an owner see every merchant", async () => {
    const owner = await adminOf([], true);
    const ids = (await owner.merchants.find()).map((merchant) => merchant.id);
    expect(ids).toEqual(expect.arrayContaining([a, b]));
  });
});

describe("audit log: an admin reads their merchants' events only", () => {
  it("leaves out other merchants' events and refuses a filter on another merchant", async () => {
    const admin = await adminOf([a]);
    const targets = (await admin.audit.find({ limit: 200 })).events.map((event) => event.target);
    expect(targets).toContain("member:1");
    expect(targets).not.toContain("member:2");
    expect(targets).not.toContain("staff:x");
    expect((await trpcErrorOf(admin.audit.find({ merchantId: b }))).code).toBe("FORBIDDEN");
  });

  it("shows an owner every event, those of no merchant too", async () => {
    const owner = await adminOf([], true);
    const targets = (await owner.audit.find({ limit: 200 })).events.map((event) => event.target);
    expect(targets).toEqual(expect.arrayContaining(["member:1", "member:2", "staff:x"]));
  });
});
