import { afterEach, beforeEach } from "vitest";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, TEST_DEMO_TOKEN } from "../testing/test-emulator";

export const VALIDATION_DETAIL = "Your transaction cannot be completed due to the following error(s)";

/**
 * A freshly seeded emulator for every test: redemptions use things up (a voucher redeemed once
 * cannot be redeemed again), so tests never share one.
 */
export function freshEmulatorPerTest(): () => TestEmulator {
  let emulator: TestEmulator | undefined;
  beforeEach(async () => {
    emulator = await createTestEmulator();
  });
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });
  return () => {
    if (!emulator) throw new Error("No emulator outside a test");
    return emulator;
  };
}

/** POST a JSON body with the demo token (or `token`) and return status and parsed body. */
export async function post(emulator: TestEmulator, path: string, body: unknown, token = TEST_DEMO_TOKEN) {
  const res = await emulator.app.request(path, {
    method: "POST",
    headers: { Authorization: `Token ${token}`, "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

export async function getJson(emulator: TestEmulator, path: string, token = TEST_DEMO_TOKEN) {
  const res = await emulator.get(path, { Authorization: `Token ${token}` });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Stamps of a user's membership at a merchant, read straight from the database. */
export function stampsOf(emulator: TestEmulator, userId: number, merchantId = 14): number | undefined {
  return emulator.db.sqlite
    .prepare<[number, number], number>("SELECT stamps FROM memberships WHERE user_id = ? AND merchant_id = ?")
    .pluck()
    .get(userId, merchantId);
}

export function setStamps(emulator: TestEmulator, userId: number, stamps: number, merchantId = 14): void {
  emulator.db.sqlite
    .prepare("UPDATE memberships SET stamps = ? WHERE user_id = ? AND merchant_id = ?")
    .run(stamps, userId, merchantId);
}

export const coded = (field: string, message: string, errorCode: string) => ({
  detail: `${field}: ${message}`,
  errors: { [field]: message },
  error_code: errorCode,
  error_message: `${field}: ${message}`,
});

export const listed = (...errors: Record<string, string>[]) => ({ detail: VALIDATION_DETAIL, errors });
