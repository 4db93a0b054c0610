import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { e2eEnv } from "../../scripts/test/test-env.mjs";
import { stampsGet } from "../fixtures/emulator";

/** POSTs to the emulator as a POS would, with merchant 14's token; fails the test on an error answer. */
export async function stampsPostOk<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`${e2eEnv.DEMO_STAMPS_API_BASE_URL}${path}`, {
    method: "POST",
    headers: { Authorization: `Token ${e2eEnv.EMULATOR_DEMO_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  expect(response.status, `${path}: ${JSON.stringify(json)}`).toBe(200);
  return json;
}

/** A mobile number no other test uses: +62 812 and 8 random digits. */
export const uniquePhone = () => `+62812${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

export const uniqueEmail = (prefix: string) => `e2e-${prefix}-${randomUUID().slice(0, 10)}@example.com`;

/** A member of merchant 14 of this test's own, registered through the emulator's API. */
export async function registerStampsMember(overrides: Partial<{ name: string; phone: string; address: string }> = {}) {
  const email = uniqueEmail("member");
  const name = overrides.name ?? `Sari ${randomUUID().slice(0, 4).toUpperCase()}`;
  const { customer } = await stampsPostOk<{ customer: { id: number } }>("/api/memberships/register", {
    merchant: 14,
    name,
    email,
    birthday: "1992-07-08",
    gender: "female",
    store: 2,
    ...(overrides.phone ? { phone: overrides.phone } : {}),
    ...(overrides.address ? { address: overrides.address } : {}),
  });
  return { id: customer.id, name, email };
}

/** A voucher from a template of merchant 14, issued as a POS would; returns its code. */
export async function issueStampsVoucher(user: string, template = 3) {
  const start = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  const { voucher } = await stampsPostOk<{ voucher: { id: number } }>("/api/vouchers/issue", {
    user,
    voucher_template: template,
    start_date: start,
    quantity: 1,
  });
  const code = (await memberVouchers(user)).find((listed) => listed.id === voucher.id)?.code;
  expect(code, `code of voucher ${voucher.id}`).toBeTruthy();
  return { id: voucher.id, code: code! };
}

export async function memberVouchers(user: string) {
  const { status, body } = await stampsGet<{
    vouchers: { id: number; code: string; template: { id: number; name: string } }[];
  }>("/api/vouchers/by-merchant-group", { user });
  expect(status).toBe(200);
  return body.vouchers;
}

export async function memberStatus(user: string | number) {
  const { status, body } = await stampsGet<{
    id: number;
    name: string;
    email: string | null;
    phone: string | null;
    birthday: string | null;
    gender: number | null;
    address: string | null;
    member_ids: string[];
    stamps: number;
  }>("/api/memberships/status", { user, merchant: 14 });
  expect(status, `status of ${user}`).toBe(200);
  return body;
}
