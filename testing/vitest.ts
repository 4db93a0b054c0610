import { inject } from "vitest";
import { testEnv } from "@/scripts/test/test-env.mjs";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { createEmulatorMerchant as createMerchantFor } from "./factories/merchants";
import { stampsPos } from "./stamps-pos";

// What vitest files need beyond the shared factories: the run's emulator (started by
// scripts/test/vitest-global-setup.ts) as a point of sale and as a merchant's API.

/** The run's emulator, as a POS of merchant 14 (or of the merchant whose token is given). */
export const vitestPos = (token = testEnv.EMULATOR_DEMO_TOKEN!) => stampsPos({ baseUrl: inject("emulatorUrl"), token });

/** Merchant 14 of the run's emulator unless told otherwise, saved as an admin would. */
export function createEmulatorMerchant(
  db: PrismaClient,
  overrides: { token?: string; stampsMerchantId?: number; apiBaseUrl?: string } = {},
) {
  return createMerchantFor(db, {
    apiBaseUrl: overrides.apiBaseUrl ?? inject("emulatorUrl"),
    token: overrides.token ?? testEnv.EMULATOR_DEMO_TOKEN!,
    stampsMerchantId: overrides.stampsMerchantId,
  });
}
