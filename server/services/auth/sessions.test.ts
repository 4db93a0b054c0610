import { describe, expect, it } from "vitest";
import { createEmulatorMerchant } from "@/testing/vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { AppError } from "@/server/errors";
import { createStaff, updateStaff } from "@/server/services/staff/save-staff";
import { endAllSessions } from "./sessions";

const db = createTestDb();

describe("session versions", () => {
  it("move on sign-out, password change, role change and disabling, and on nothing else", async () => {
    const merchant = await createEmulatorMerchant(db);
    const admin = await createStaff(db, {
      email: "admin@sessions.test",
      name: "A",
      role: "ADMIN",
      password: "admin-password-123",
      merchantIds: [merchant.id],
    });
    const staff = await createStaff(db, {
      email: "s@sessions.test",
      name: "S",
      role: "SUPPORT",
      password: "first-password-123",
      merchantIds: [merchant.id],
    });
    const version = async () => (await db.staff.findUniqueOrThrow({ where: { id: staff.id } })).sessionVersion;
    const fields = { id: staff.id, name: "S", role: "SUPPORT" as const, disabled: false, merchantIds: [merchant.id] };

    expect(await version()).toBe(0);
    await updateStaff(db, admin.id, { ...fields, name: "Sari" });
    expect(await version()).toBe(0);
    await endAllSessions(db, staff.id);
    expect(await version()).toBe(1);
    await updateStaff(db, admin.id, { ...fields, password: "second-password-123" });
    expect(await version()).toBe(2);
    await updateStaff(db, admin.id, { ...fields, role: "MARKETING" });
    expect(await version()).toBe(3);
    await updateStaff(db, admin.id, { ...fields, role: "MARKETING", disabled: true });
    expect(await version()).toBe(4);
  });

  it("answers NOT_FOUND for a staff member who does not exist", async () => {
    const merchant = await db.merchant.findFirstOrThrow();
    const error = await updateStaff(db, "nobody", {
      id: "no-such-staff",
      name: "X",
      role: "SUPPORT",
      disabled: false,
      merchantIds: [merchant.id],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
  });
});
