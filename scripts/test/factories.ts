import { inject } from "vitest";
import type { CurrentStaff } from "@/server/auth/current-staff";
import type { PrismaClient, Role } from "@/server/generated/prisma/client";
import { createMerchant } from "@/server/services/merchants/save-merchant";
import { testEnv } from "./test-env.mjs";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** Merchant 14 of the test emulator, its token stored encrypted as an admin would save it. */
export async function createEmulatorMerchant(
  db: PrismaClient,
  overrides: { token?: string; stampsMerchantId?: number; apiBaseUrl?: string } = {},
) {
  return createMerchant(db, {
    stampsMerchantId: overrides.stampsMerchantId ?? 14,
    name: "Stamps Coffee",
    apiBaseUrl: overrides.apiBaseUrl ?? inject("emulatorUrl"),
    tokenType: "Token",
    timeZone: "Asia/Jakarta",
    token: overrides.token ?? testEnv.EMULATOR_DEMO_TOKEN!,
  });
}

/** A staff row and the CurrentStaff the tRPC context would hold for it. */
export async function createTestStaff(db: PrismaClient, role: Role, merchantIds: string[]): Promise<CurrentStaff> {
  const staff = await db.staff.create({
    data: {
      email: `${role.toLowerCase()}-${unique()}@test.stamps.id`,
      name: `Test ${role}`,
      role,
      passwordHash: "not-used",
      merchants: { create: merchantIds.map((merchantId) => ({ merchantId })) },
    },
  });
  const merchants = await db.merchant.findMany({
    where: { id: { in: merchantIds } },
    select: { id: true, name: true, stampsMerchantId: true, timeZone: true },
  });
  return {
    id: staff.id,
    email: staff.email,
    name: staff.name,
    role: staff.role,
    disabled: false,
    merchants,
    hasSecondFactor: role === "ADMIN",
    mustEnrolSecondFactor: false,
  };
}
