import { randomUUID } from "node:crypto";
import { e2eEnv } from "../../scripts/test/test-env.mjs";
import { stampsGet } from "../fixtures/emulator";

/** Each test builds its own member and sales through the emulator's API, as a POS would. */
export async function stampsPost<T>(path: string, body: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${e2eEnv.DEMO_STAMPS_API_BASE_URL}${path}`, {
    method: "POST",
    headers: { Authorization: `Token ${e2eEnv.EMULATOR_DEMO_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

export async function registerMember(name = "Dewi Lestari") {
  const { customer } = await stampsPost<{ customer: { id: number; name: string } }>("/api/memberships/register", {
    merchant: 14,
    name,
    email: `e2e-tx-${randomUUID()}@e2e.stamps.id`,
    birthday: "1992-03-04",
    gender: "female",
    store: 32,
  });
  return customer;
}

/** Yesterday in Jakarta, so sales are in the past and on one business day. */
export const SALE_DAY = new Date(Date.now() - 24 * 3600_000).toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" });

export type Sale = { id: number; stamps_earned: number; value: number; invoice: string };

export async function addSale(
  memberId: number | null,
  totalValue: number,
  extra: Record<string, unknown> = {},
): Promise<Sale> {
  const invoice = `POS-${randomUUID().slice(0, 8).toUpperCase()}`;
  const { transaction } = await stampsPost<{ transaction: Omit<Sale, "invoice"> }>("/api/v2/transactions/add", {
    ...(memberId && { user: String(memberId) }),
    store: 32,
    invoice_number: invoice,
    total_value: totalValue,
    number_of_people: 1,
    channel: 2,
    created: `${SALE_DAY}T12:15:00+07:00`,
    ...extra,
  });
  return { ...transaction, invoice };
}

export const memberStamps = async (memberId: number) =>
  (await stampsGet<{ stamps: number }>("/api/memberships/status", { user: memberId, merchant: 14 })).body.stamps;

export type StampsDetails = {
  transaction: { status: string; value: number; stamps: number; items: { name: string; quantity: number }[] };
};
export const transactionDetails = async (transactionId: number) =>
  (await stampsGet<StampsDetails>("/api/transactions/details", { transaction_id: transactionId })).body.transaction;
