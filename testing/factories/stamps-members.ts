import { randomUUID } from "node:crypto";
import type { Pos } from "../stamps-pos";

// Each test makes its own members through these, as a point of sale would, and reads what it needs
// (stamps, reward costs) back from Stamps instead of relying on the demo seed.

export const uniqueEmail = (prefix = "member") => `test-${prefix}-${randomUUID().slice(0, 10)}@example.com`;

/** A mobile number no other test uses: +62 812 and 8 random digits. */
export const uniquePhone = () => `+62812${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

/** A 12-digit card number no other test uses. */
export const uniqueCard = () => `9${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`;

/** Yesterday in Jakarta, so sales are in the past and on one business day. */
export const SALE_DAY = new Date(Date.now() - 24 * 3600_000).toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" });

/** A store of each emulator merchant, where a POS registers members and records sales. */
const DEFAULT_STORE: Record<number, number> = { 14: 2, 15: 5 };

export type TestMember = { id: number; name: string; email: string };

/** A new member of `merchant` (14 unless told), registered through the Stamps API. */
export async function registerMember(
  pos: Pos,
  overrides: Partial<{
    name: string;
    email: string;
    phone: string;
    address: string;
    /** a card number (Stamps' member_id) */
    card: string;
    merchant: number;
    store: number;
  }> = {},
): Promise<TestMember> {
  const merchant = overrides.merchant ?? 14;
  const email = overrides.email ?? uniqueEmail();
  const name = overrides.name ?? `Sari ${randomUUID().slice(0, 4).toUpperCase()}`;
  const { customer } = await pos.post<{ customer: { id: number } }>("/api/memberships/register", {
    merchant,
    name,
    email,
    birthday: "1992-07-08",
    gender: "female",
    store: overrides.store ?? DEFAULT_STORE[merchant] ?? 2,
    ...(overrides.phone ? { phone: overrides.phone } : {}),
    ...(overrides.address ? { address: overrides.address } : {}),
    ...(overrides.card ? { member_id: overrides.card } : {}),
  });
  return { id: customer.id, name, email };
}

export async function stampsOf(pos: Pos, user: string | number, merchant = 14) {
  return (await memberStatus(pos, user, merchant)).stamps;
}

export type MemberStatus = {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  gender: number | null;
  address: string | null;
  member_ids: string[];
  membership_status: string;
  stamps: number;
  balance: number;
};

export const memberStatus = (pos: Pos, user: string | number, merchant = 14) =>
  pos.get<MemberStatus>("/api/memberships/status", { user, merchant });

/** Gives the member stamps the way a POS does: a purchase of Rp 10,000 per stamp, checked against Stamps. */
export async function addStamps(
  pos: Pos,
  user: string,
  stamps: number,
  { merchant = 14, store }: { merchant?: number; store?: number } = {},
) {
  const before = await stampsOf(pos, user, merchant);
  await pos.post("/api/v2/transactions/add", {
    user,
    store: store ?? DEFAULT_STORE[merchant] ?? 2,
    invoice_number: `TEST-${randomUUID().slice(0, 12)}`,
    total_value: stamps * 10_000,
    number_of_people: 1,
    created: new Date().toISOString(),
  });
  const after = await stampsOf(pos, user, merchant);
  if (after !== before + stamps) throw new Error(`${user} went from ${before} to ${after} stamps, not +${stamps}`);
}

/** A member of their own with exactly `stamps` stamps. */
export async function memberWithStamps(pos: Pos, stamps: number, overrides: Parameters<typeof registerMember>[1] = {}) {
  const member = await registerMember(pos, overrides);
  if (stamps > 0) await addStamps(pos, member.email, stamps, { merchant: overrides.merchant, store: overrides.store });
  return member;
}

export type Sale = { id: number; stamps_earned: number; value: number; invoice: string };

/** A sale at store 32 yesterday at 12.15 (Jakarta), with or without a member; `extra` overrides any field. */
export async function addSale(
  pos: Pos,
  memberId: number | null,
  totalValue: number,
  extra: Record<string, unknown> = {},
): Promise<Sale> {
  const invoice = `POS-${randomUUID().slice(0, 8).toUpperCase()}`;
  const { transaction } = await pos.post<{ transaction: Omit<Sale, "invoice"> }>("/api/v2/transactions/add", {
    ...(memberId && { user: String(memberId) }),
    store: 32,
    invoice_number: invoice,
    total_value: totalValue,
    number_of_people: 1,
    channel: 2,
    created: `${SALE_DAY}T12:15:00+07:00`,
    ...extra,
  });
  return { ...transaction, invoice: (extra.invoice_number as string | undefined) ?? invoice };
}

export type TransactionDetails = {
  status: string;
  value: number;
  stamps: number;
  items: { name: string; quantity: number }[];
};

export const transactionDetails = async (pos: Pos, transactionId: number) =>
  (await pos.get<{ transaction: TransactionDetails }>("/api/transactions/details", { transaction_id: transactionId }))
    .transaction;

export type Reward = { id: number; name: string; stamps_to_redeem: number; redeemable: boolean };

/** The merchant's rewards as Stamps lists them (for `customer`, with whether they can redeem each). */
export async function rewardsOf(pos: Pos, customer?: string) {
  return (await pos.get<{ rewards: Reward[] }>("/api/rewards/", customer ? { customer } : {})).rewards;
}

/** What a reward costs, as Stamps says. */
export async function rewardCost(pos: Pos, rewardId: number) {
  const reward = (await rewardsOf(pos)).find((listed) => listed.id === rewardId);
  if (!reward) throw new Error(`Stamps lists no reward ${rewardId}`);
  return reward.stamps_to_redeem;
}

export type HeldVoucher = { id: number; code: string; value: number; template: { id: number; name: string } };

export async function memberVouchers(pos: Pos, user: string) {
  return (await pos.get<{ vouchers: HeldVoucher[] }>("/api/vouchers/by-merchant-group", { user })).vouchers;
}

/** A voucher from a template (3 unless told), issued as a POS would; returns its id and code. */
export async function issueVoucher(
  pos: Pos,
  user: string,
  { template = 3, value }: { template?: number; value?: number } = {},
) {
  const start = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  const { voucher } = await pos.post<{ voucher: { id: number } }>("/api/vouchers/issue", {
    user,
    voucher_template: template,
    start_date: start,
    quantity: 1,
    ...(value === undefined ? {} : { value }),
  });
  const code = (await memberVouchers(pos, user)).find((listed) => listed.id === voucher.id)?.code;
  if (!code) throw new Error(`Stamps lists no code for voucher ${voucher.id} of ${user}`);
  return { id: voucher.id, code };
}

type RedemptionAnswer = { redemption: { id: number }; voucher?: { id: number; code: string } };

/** What a POS does at the till: redeem a reward (a voucher-type reward also issues a voucher). */
export const redeemReward = (pos: Pos, user: string, reward: number, store = 2) =>
  pos.post<RedemptionAnswer>("/api/v2/redemptions/redeem-reward", { user, reward, store });

export const redeemVoucher = (pos: Pos, user: string, voucher: number, store = 2) =>
  pos.post<RedemptionAnswer>("/api/v2/redemptions/redeem-voucher", { user, voucher, store });
