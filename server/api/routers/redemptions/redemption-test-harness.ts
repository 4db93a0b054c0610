import { randomUUID } from "node:crypto";
import { beforeAll, expect, inject } from "vitest";
import { createEmulatorMerchant, createTestStaff } from "@/scripts/test/factories";
import { createTestDb } from "@/scripts/test/test-db";
import { testEnv } from "@/scripts/test/test-env.mjs";
import { createCaller } from "@/server/api/root";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";

export const REASON = "POS failed to redeem; ticket #4711";

/** Calls the emulator directly, as a POS would. */
export async function pos<T>(path: string, body?: unknown, token = testEnv.EMULATOR_DEMO_TOKEN): Promise<T> {
  const response = await fetch(`${inject("emulatorUrl")}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Token ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const stampsOf = async (user: string | number, merchant = 14, token?: string) =>
  (
    await pos<{ stamps: number }>(
      `/api/memberships/status?user=${encodeURIComponent(user)}&merchant=${merchant}`,
      undefined,
      token,
    )
  ).stamps;

/** A member of merchant 14 of the test's own, with the stamps a Rp 10,000-per-stamp purchase earns. */
export async function memberWithStamps(stamps: number) {
  const email = `redeem-${randomUUID().slice(0, 8)}@example.com`;
  const { customer } = await pos<{ customer: { id: number } }>("/api/memberships/register", {
    merchant: 14,
    name: "Redemption Tester",
    email,
    birthday: "1990-01-01",
    gender: "female",
    store: 2,
  });
  await pos("/api/v2/transactions/add", {
    user: email,
    store: 2,
    invoice_number: `T-${randomUUID().slice(0, 8)}`,
    total_value: stamps * 10_000,
    number_of_people: 1,
    created: new Date().toISOString(),
  });
  expect(await stampsOf(email)).toBe(stamps);
  return { id: customer.id, email };
}

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
      createCaller({ db, staff: await createTestStaff(db, role, merchantIds) }),
  };
  beforeAll(async () => {
    harness.merchantId = (await createEmulatorMerchant(db)).id;
    harness.pinMerchantId = (
      await createEmulatorMerchant(db, { stampsMerchantId: 15, token: testEnv.EMULATOR_OTHER_DEMO_TOKEN })
    ).id;
  });
  return harness;
}
