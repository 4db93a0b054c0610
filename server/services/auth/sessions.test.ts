import { describe, expect, it } from "vitest";
import { createEmulatorMerchant } from "@/testing/vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { AppError } from "@/server/errors";
import { createStaff as createTestStaff } from "@/testing/factories/staff";
import { createStaff, resetStaffPassword, setStaffDisabled, updateStaff } from "@/server/services/staff/save-staff";
import { endAllSessions } from "./sessions";

const db = createTestDb();

describe("session versions", () => {
  it("move on sign-out, password reset, role change and disabling, and on nothing else", async () => {
    const merchant = await createEmulatorMerchant(db);
    const admin = await createTestStaff(db, "ADMIN", [merchant.id]);
    const { staff } = await createStaff(db, admin, {
      email: "s@sessions.test",
      name: "S",
      role: "SUPPORT",
      merchantIds: [merchant.id],
    });
    const version = async () => (await db.staff.findUniqueOrThrow({ where: { id: staff.id } })).sessionVersion;
    const fields = { id: staff.id, name: "S", role: "SUPPORT" as const, merchantIds: [merchant.id] };
    const reason = "Testing session versions";

    expect(await version()).toBe(0);
    await updateStaff(db, admin, { ...fields, name: "Sari" });
    expect(await version()).toBe(0);
    await endAllSessions(db, staff.id);
    expect(await version()).toBe(1);
    await resetStaffPassword(db, admin, staff.id);
    expect(await version()).toBe(2);
    await updateStaff(db, admin, { ...fields, role: "MARKETING" });
    expect(await version()).toBe(3);
    await setStaffDisabled(db, admin, { id: staff.id, disabled: true, reason });
    expect(await version()).toBe(4);
    await setStaffDisabled(db, admin, { id: staff.id, disabled: false, reason });
    expect(await version()).toBe(4);
  });

  it("answers NOT_FOUND for a staff member who does not exist", async () => {
    const merchant = await db.merchant.findFirstOrThrow();
    const admin = await createTestStaff(db, "ADMIN", [merchant.id]);
    const error = await updateStaff(db, admin, {
      id: "no-such-staff",
      name: "X",
      role: "SUPPORT",
      merchantIds: [merchant.id],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
  });
});
