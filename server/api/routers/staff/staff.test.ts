import { verify } from "@node-rs/argon2";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { createStaff } from "@/testing/factories/staff";
import { createEmulatorMerchant } from "@/testing/vitest";

const db = createTestDb();
let merchantId: string;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
});

describe("staff (settings)", () => {
  it("is closed to support and marketing", async () => {
    for (const role of ["SUPPORT", "MARKETING"] as const) {
      const caller = createCaller({ db, staff: await createStaff(db, role, [merchantId]) });
      expect((await trpcErrorOf(caller.staff.find())).code).toBe("FORBIDDEN");
    }
  });

  it("creates staff with an argon2id hash and records it without the password", async () => {
    const admin = createCaller({ db, staff: await createStaff(db, "ADMIN", [merchantId]) });
    const created = await admin.staff.create({
      email: "New.Agent@Demo.Stamps.id",
      name: "New Agent",
      role: "SUPPORT",
      password: "a-long-enough-password",
      merchantIds: [merchantId],
    });
    expect(created).toMatchObject({ email: "new.agent@demo.stamps.id", role: "SUPPORT", merchantIds: [merchantId] });
    const row = await db.staff.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verify(row.passwordHash, "a-long-enough-password")).toBe(true);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "staff.create" } });
    expect(event.request).not.toContain("a-long-enough-password");

    const duplicate = await trpcErrorOf(
      admin.staff.create({
        email: "new.agent@demo.stamps.id",
        name: "X",
        role: "SUPPORT",
        password: "another-long-password",
        merchantIds: [merchantId],
      }),
    );
    expect(duplicate.code).toBe("CONFLICT");
  });

  it("does not let an admin disable or demote themselves", async () => {
    const me = await createStaff(db, "ADMIN", [merchantId]);
    const admin = createCaller({ db, staff: me });
    const error = await trpcErrorOf(
      admin.staff.update({ id: me.id, name: me.name, role: "ADMIN", disabled: true, merchantIds: [merchantId] }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect((await db.staff.findUniqueOrThrow({ where: { id: me.id } })).disabled).toBe(false);
  });

  it("changes another member's role, merchants and status", async () => {
    const admin = createCaller({ db, staff: await createStaff(db, "ADMIN", [merchantId]) });
    const agent = await createStaff(db, "SUPPORT", [merchantId]);
    const updated = await admin.staff.update({
      id: agent.id,
      name: "Renamed",
      role: "MARKETING",
      disabled: true,
      merchantIds: [merchantId],
    });
    expect(updated).toMatchObject({ name: "Renamed", role: "MARKETING", disabled: true });
  });
});
