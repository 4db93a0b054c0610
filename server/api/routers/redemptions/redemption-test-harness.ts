import { beforeAll, expect } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { testEnv } from "@/scripts/test/test-env.mjs";
import { createCaller } from "@/server/api/root";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { createStaff } from "@/testing/factories/staff";
import {
  memberWithStamps as sharedMemberWithStamps,
  stampsOf as sharedStampsOf,
} from "@/testing/factories/stamps-members";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

export const REASON = "POS failed to redeem; ticket #4711";

/** The run's emulator as a POS of merchant 14, and of merchant 15 (which asks for the member's PIN). */
export const pos14 = () => vitestPos();
export const pos15 = () => vitestPos(testEnv.EMULATOR_OTHER_DEMO_TOKEN);

export const stampsOf = (user: string | number, merchant = 14) =>
  sharedStampsOf(merchant === 15 ? pos15() : pos14(), user, merchant);

/** A member of merchant 14 of the test's own, with exactly `stamps` stamps. */
export const memberWithStamps = (stamps: number) => sharedMemberWithStamps(pos14(), stamps);

/** The AppError behind a failed call: Stamps' code and the field errors the form receives. */
export function appError(error: { cause?: unknown }) {
  expect(error.cause).toBeInstanceOf(AppError);
  return error.cause as AppError;
}

type Role = "ADMIN" | "SUPPORT" | "MARKETING";

export type RedemptionHarness = {
  db: PrismaClient;
  merchantId: string;
  pinMerchantId: string;
  /** A caller for a new staff member of this role, working for merchant 14 unless told otherwise. */
  caller: (role: Role, merchantIds?: string[]) => Promise<ReturnType<typeof createCaller>>;
};

/**
 * A test file's database with merchant 14 and merchant 15 (which asks for the member's PIN), and
 * callers for each role; the ids are filled in by beforeAll.
 */
export function redemptionHarness(): RedemptionHarness {
  const db = createTestDb();
  const harness: RedemptionHarness = {
    db,
    merchantId: "",
    pinMerchantId: "",
    caller: async (role: Role, merchantIds = [harness.merchantId]) =>
      createCaller({ db, staff: await createStaff(db, role, merchantIds) }),
  };
  beforeAll(async () => {
    harness.merchantId = (await createEmulatorMerchant(db)).id;
    harness.pinMerchantId = (
      await createEmulatorMerchant(db, { stampsMerchantId: 15, token: testEnv.EMULATOR_OTHER_DEMO_TOKEN })
    ).id;
  });
  return harness;
}
