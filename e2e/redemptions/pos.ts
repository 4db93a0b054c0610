import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { e2eEnv } from "../../scripts/test/test-env.mjs";
import { OTHER_DEMO_MERCHANT } from "../../prisma/demo-data";
import { e2eDb } from "../factories/db";
import { stampsGet, type StampsMember } from "../fixtures/emulator";

export const MERCHANT_14_TOKEN = e2eEnv.EMULATOR_DEMO_TOKEN;
/** Merchant 15 asks members to approve redemptions with their PIN; Alice (2456) has PIN 123456 there. */
export const MERCHANT_15_TOKEN = e2eEnv.EMULATOR_OTHER_DEMO_TOKEN;

/** POSTs to the emulator as a POS would; fails the test on an error answer. */
export async function stampsPost<T>(path: string, body: unknown, token = MERCHANT_14_TOKEN): Promise<T> {
  const response = await fetch(`${e2eEnv.DEMO_STAMPS_API_BASE_URL}${path}`, {
    method: "POST",
    headers: { Authorization: `Token ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  expect(response.status, `${path}: ${JSON.stringify(json)}`).toBe(200);
  return json;
}

export async function stampsOf(user: string | number, merchant = 14, token = MERCHANT_14_TOKEN) {
  const { status, body } = await stampsGet<StampsMember>("/api/memberships/status", { user, merchant }, token);
  expect(status).toBe(200);
  return body.stamps;
}

/** Gives the member stamps the way a POS does: a purchase of Rp 10,000 per stamp. */
export async function addStamps(user: string, stamps: number, store = 2, token = MERCHANT_14_TOKEN) {
  await stampsPost(
    "/api/v2/transactions/add",
    {
      user,
      store,
      invoice_number: `E2E-${randomUUID().slice(0, 12)}`,
      total_value: stamps * 10_000,
      number_of_people: 1,
      created: new Date().toISOString(),
    },
    token,
  );
}

/** A member of merchant 14 of this test's own, registered through the emulator, with `stamps` stamps. */
export async function createMember(stamps: number) {
  const email = `e2e-redeem-${randomUUID().slice(0, 10)}@example.com`;
  const { customer } = await stampsPost<{ customer: { id: number; name: string } }>("/api/memberships/register", {
    merchant: 14,
    name: `Rina ${randomUUID().slice(0, 4).toUpperCase()}`,
    email,
    birthday: "1995-05-17",
    gender: "female",
    store: 2,
  });
  if (stamps > 0) await addStamps(email, stamps);
  expect(await stampsOf(email)).toBe(stamps);
  return { id: customer.id, name: customer.name, email };
}

type RedemptionAnswer = { redemption: { id: number }; voucher?: { id: number; code: string } };

/** What a POS does at the till: redeem a reward (a voucher-type reward also issues a voucher). */
export const posRedeemReward = (user: string, reward: number, store = 2) =>
  stampsPost<RedemptionAnswer>("/api/v2/redemptions/redeem-reward", { user, reward, store });

export const posRedeemVoucher = (user: string, voucher: number, store = 2) =>
  stampsPost<RedemptionAnswer>("/api/v2/redemptions/redeem-voucher", { user, voucher, store });

export async function memberVoucherCodes(user: string) {
  const { body } = await stampsGet<{ vouchers: { code: string }[] }>("/api/vouchers/by-merchant-group", { user });
  return body.vouchers.map((voucher) => voucher.code);
}

/** A SUPPORT agent of the PIN merchant (15) only, so the console acts for it. */
export async function createPinMerchantAgent() {
  const db = e2eDb();
  const password = `Pw-${randomUUID()}`;
  const merchant = await db.merchant.findUniqueOrThrow({
    where: { stampsMerchantId: OTHER_DEMO_MERCHANT.stampsMerchantId },
  });
  const staff = await db.staff.create({
    data: {
      email: `support-pin-${randomUUID().slice(0, 8)}@e2e.stamps.id`,
      name: "E2E PIN Support",
      role: "SUPPORT",
      passwordHash: await hash(password),
      merchants: { create: { merchantId: merchant.id } },
    },
  });
  return { email: staff.email, password };
}

/** Fills and sends the reason-and-confirm dialog. */
export async function confirmWithReason(page: Page, button: string, reason = "POS failed at the till; ticket #E2E") {
  const dialog = page.getByRole("alertdialog");
  await dialog.getByLabel("Reason (kept in the audit log)").fill(reason);
  await dialog.getByRole("button", { name: button, exact: true }).click();
}

export async function chooseStore(page: Page, name: RegExp) {
  await page.getByRole("dialog").getByLabel("Store").click();
  await page.getByRole("option", { name }).click();
}
