import { verify } from "@node-rs/argon2";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { createStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";

const db = createTestDb();
let merchantId: string;
let otherMerchantId: string;
const reason = "Testing staff management";

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  otherMerchantId = (await createEmulatorMerchant(db, { stampsMerchantId: 15 })).id;
});

const adminOf = async (merchantIds: string[]) => {
  const staff = await createStaff(db, "ADMIN", merchantIds);
  return { staff, caller: createCaller({ db, staff }) };
};

describe("staff (settings)", () => {
  it("is closed to support and marketing", async () => {
    for (const role of ["SUPPORT", "MARKETING"] as const) {
      const caller = createCaller({ db, staff: await createStaff(db, role, [merchantId]) });
      expect((await trpcErrorOf(caller.staff.find())).code).toBe("FORBIDDEN");
    }
  });

  it("creates staff with a one-time password, returned once, hashed with argon2id and never audited", async () => {
    const { caller: admin } = await adminOf([merchantId]);
    const created = await admin.staff.create({
      email: "New.Agent@Demo.Stamps.id",
      name: "New Agent",
      role: "SUPPORT",
      merchantIds: [merchantId],
    });
    expect(created.staff).toMatchObject({
      email: "new.agent@demo.stamps.id",
      role: "SUPPORT",
      merchantIds: [merchantId],
      mustChangePassword: true,
    });
    expect(created.oneTimePassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    const row = await db.staff.findUniqueOrThrow({ where: { id: created.staff.id } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verify(row.passwordHash, created.oneTimePassword)).toBe(true);
    expect(row.mustChangePassword).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.create" } });
    expect(event.request).not.toContain(created.oneTimePassword);
    expect(JSON.stringify(await admin.staff.find())).not.toContain(created.oneTimePassword);
    const duplicate = await trpcErrorOf(
      admin.staff.create({ email: "new.agent@demo.stamps.id", name: "X", role: "SUPPORT", merchantIds: [merchantId] }),
    );
    expect(duplicate.code).toBe("CONFLICT");
  });

  it("resets a password to a new one-time password and ends their sessions", async () => {
    const { caller: admin } = await adminOf([merchantId]);
    const agent = await createStaff(db, "SUPPORT", [merchantId]);
    const { oneTimePassword } = await admin.staff.resetPassword({ id: agent.id, reason });
    const row = await db.staff.findUniqueOrThrow({ where: { id: agent.id } });
    expect(await verify(row.passwordHash, oneTimePassword)).toBe(true);
    expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.resetPassword", outcome: "OK" } });
    expect(event).toMatchObject({ target: `staff:${agent.id}`, reason });
    expect(event.request).not.toContain(oneTimePassword);
  });

  it("does not let an admin disable, demote or reset themselves ('this is you')", async () => {
    const { staff: me, caller: admin } = await adminOf([merchantId]);
    const disable = await trpcErrorOf(admin.staff.setDisabled({ id: me.id, disabled: true, reason }));
    expect(disable.code).toBe("BAD_REQUEST");
    expect(disable.message).toContain("This is you");
    const demote = await trpcErrorOf(
      admin.staff.update({ id: me.id, name: me.name, role: "SUPPORT", merchantIds: [merchantId] }),
    );
    expect(demote.message).toContain("This is you");
    expect((await trpcErrorOf(admin.staff.resetPassword({ id: me.id, reason }))).code).toBe("BAD_REQUEST");
    expect(await db.staff.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({
      disabled: false,
      role: "ADMIN",
    });
  });

  it("keeps the last active admin of a merchant: neither disabled nor demoted nor removed from it", async () => {
    const merchant = await createEmulatorMerchant(db, { stampsMerchantId: 9001 });
    const { staff: me, caller: admin } = await adminOf([merchant.id]);
    const other = await createStaff(db, "ADMIN", [merchant.id]);
    // With two admins, one may go; then the one left may not.
    await admin.staff.setDisabled({ id: other.id, disabled: true, reason });
    const { caller: owner } = {
      caller: createCaller({ db, staff: await createStaff(db, "ADMIN", [], { isOwner: true }) }),
    };
    const last = await trpcErrorOf(owner.staff.setDisabled({ id: me.id, disabled: true, reason }));
    expect(last.code).toBe("BAD_REQUEST");
    expect(last.message).toContain("last active admin");
    const demoted = await trpcErrorOf(
      owner.staff.update({ id: me.id, name: me.name, role: "SUPPORT", merchantIds: [merchant.id] }),
    );
    expect(demoted.message).toContain("last active admin");
    const removed = await trpcErrorOf(
      owner.staff.update({ id: me.id, name: me.name, role: "ADMIN", merchantIds: [merchantId] }),
    );
    expect(removed.message).toContain("last active admin");
    await admin.staff.setDisabled({ id: other.id, disabled: false, reason });
    await owner.staff.setDisabled({ id: me.id, disabled: true, reason });
    expect((await db.staff.findUniqueOrThrow({ where: { id: me.id } })).disabled).toBe(true);
  });

  it("changes another member's name, role and merchants; disabling ends their sessions", async () => {
    const { caller: admin } = await adminOf([merchantId]);
    const agent = await createStaff(db, "SUPPORT", [merchantId]);
    const updated = await admin.staff.update({
      id: agent.id,
      name: "Renamed",
      role: "MARKETING",
      merchantIds: [merchantId],
    });
    expect(updated).toMatchObject({ name: "Renamed", role: "MARKETING", disabled: false });
    const disabled = await admin.staff.setDisabled({ id: agent.id, disabled: true, reason });
    expect(disabled.disabled).toBe(true);
    expect((await db.staff.findUniqueOrThrow({ where: { id: agent.id } })).sessionVersion).toBe(2);
  });
});

describe("staff: an admin is held to their merchants", () => {
  it("lists only staff of the admin's merchants, and of those merchants only", async () => {
    const { caller: admin } = await adminOf([merchantId]);
    const mine = await createStaff(db, "SUPPORT", [merchantId]);
    const shared = await createStaff(db, "SUPPORT", [merchantId, otherMerchantId]);
    const theirs = await createStaff(db, "SUPPORT", [otherMerchantId]);
    const list = await admin.staff.find();
    const ids = list.map((member) => member.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(list.find((member) => member.id === shared.id)).toMatchObject({
      merchantIds: [merchantId],
      otherMerchants: 1,
    });
    expect(JSON.stringify(list)).not.toContain(otherMerchantId);
  });

  it("grants only the admin's own merchants, and keeps merchants they do not manage", async () => {
    const { caller: admin } = await adminOf([merchantId]);
    const create = await trpcErrorOf(
      admin.staff.create({ email: "grab@test.id", name: "G", role: "ADMIN", merchantIds: [otherMerchantId] }),
    );
    expect(create.code).toBe("FORBIDDEN");
    const agent = await createStaff(db, "SUPPORT", [merchantId]);
    const self = await createStaff(db, "ADMIN", [merchantId]);
    for (const id of [agent.id, self.id]) {
      const grant = await trpcErrorOf(
        admin.staff.update({ id, name: "X", role: "ADMIN", merchantIds: [merchantId, otherMerchantId] }),
      );
      expect(grant.code).toBe("FORBIDDEN");
    }
    const shared = await createStaff(db, "SUPPORT", [merchantId, otherMerchantId]);
    const otherAdmin = await createStaff(db, "ADMIN", [merchantId]);
    await admin.staff.update({ id: shared.id, name: shared.name, role: "SUPPORT", merchantIds: [merchantId] });
    const kept = await db.staffMerchant.findMany({ where: { staffId: shared.id } });
    expect(kept.map((row) => row.merchantId).sort()).toEqual([merchantId, otherMerchantId].sort());
    // Their role, password, second factor and account reach the other merchant too: not this admin's to change.
    for (const call of [
      admin.staff.update({ id: shared.id, name: shared.name, role: "ADMIN", merchantIds: [merchantId] }),
      admin.staff.setDisabled({ id: shared.id, disabled: true, reason }),
      admin.staff.resetPassword({ id: shared.id, reason }),
      admin.staff.resetSecondFactor({ id: shared.id, reason }),
    ]) {
      expect((await trpcErrorOf(call)).code).toBe("FORBIDDEN");
    }
    expect(await db.staff.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({
      role: "SUPPORT",
      disabled: false,
      sessionVersion: 0,
    });
    expect(otherAdmin.role).toBe("ADMIN");
  });

  it("cannot touch staff of another merchant at all", async () => {
    const { caller: admin } = await adminOf([merchantId]);
    const theirs = await createStaff(db, "ADMIN", [otherMerchantId]);
    for (const call of [
      admin.staff.update({ id: theirs.id, name: "Hijacked", role: "SUPPORT", merchantIds: [merchantId] }),
      admin.staff.setDisabled({ id: theirs.id, disabled: true, reason }),
      admin.staff.resetPassword({ id: theirs.id, reason }),
      admin.staff.resetSecondFactor({ id: theirs.id, reason }),
    ]) {
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain((await trpcErrorOf(call)).code);
    }
    const row = await db.staff.findUniqueOrThrow({ where: { id: theirs.id }, include: { merchants: true } });
    expect(row).toMatchObject({ name: theirs.name, role: "ADMIN", disabled: false, sessionVersion: 0 });
    expect(row.merchants.map((m) => m.merchantId)).toEqual([otherMerchantId]);
  });

  it("lets an owner see and manage everyone; an owner's account is out of other admins' reach", async () => {
    const ownerStaff = await createStaff(db, "ADMIN", [merchantId], { isOwner: true });
    const owner = createCaller({ db, staff: ownerStaff });
    const theirs = await createStaff(db, "SUPPORT", [otherMerchantId]);
    expect((await owner.staff.find()).map((member) => member.id)).toContain(theirs.id);
    await owner.staff.update({
      id: theirs.id,
      name: "By owner",
      role: "SUPPORT",
      merchantIds: [merchantId, otherMerchantId],
    });
    const { caller: admin } = await adminOf([merchantId]);
    expect((await trpcErrorOf(admin.staff.setDisabled({ id: ownerStaff.id, disabled: true, reason }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
