import { describe, expect, it } from "vitest";
import { coded, post, stampsOf, freshEmulatorPerTest } from "../redemptions/test-helpers";

const emulator = freshEmulatorPerTest();
const ALICE = 2456;

const transaction = {
  user: "customer@stamps.co.id",
  store: 32,
  invoice_number: "POS-7001",
  total_value: 50000,
  number_of_people: 2,
  created: "2026-01-10T10:00:00+07:00",
  stamps: 10,
};
const add = (body: Record<string, unknown>) =>
  post(emulator(), "/api/v2/transactions/add-with-redemptions", { ...transaction, ...body });
const count = (sql: string) => emulator().db.sqlite.prepare<[], number>(sql).pluck().get();

describe("POST /api/v2/transactions/add-with-redemptions", () => {
  it("adds the transaction, then redeems and issues, answering the documented shape", async () => {
    const res = await add({
      reward_redemptions: [
        { request_id: "request-id-1", reward: 1 },
        { request_id: "request-id-1", reward: "REWARDCODE", stamps: 20 },
      ],
      voucher_redemptions: [{ request_id: "request-id-1", voucher_code: "VOUCHERCODE" }],
      issue_voucher: { template_id: 1, value: 100000 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      membership: { status: 300, status_text: "Gold", stamps: 80 + 10 - 2 - 20, is_blocked: false },
      transaction: { stamps_earned: 10, value: 50000, number_of_people: 2 },
      issued_voucher: {
        is_active: true,
        value: 100000,
        constraint: { channels: [1, 2, 3, 4] },
        template: { id: 1, name: "March Surprise Voucher", merchant_id: 14 },
      },
      redemptions: [
        { reward: "Kaya Bun", stamps_used: 2 },
        { reward: "Discount Rp 100,000", stamps_used: 20 },
        { reward: "Discount Rp 100,000", stamps_used: 0 },
      ],
    });
    const transactionId = (res.body.transaction as { id: number }).id;
    expect(count(`SELECT count(*) FROM redemptions WHERE transaction_id = ${transactionId}`)).toBe(3);
    expect(count(`SELECT count(*) FROM vouchers WHERE issued_by_transaction_id = ${transactionId}`)).toBe(1);
  });

  it("lets the stamps the transaction earns pay for the redemptions", async () => {
    emulator().db.sqlite.prepare("UPDATE memberships SET stamps = 0 WHERE user_id = ? AND merchant_id = 14").run(ALICE);
    const res = await add({ reward_redemptions: [{ reward: 12, stamps: 10 }] });
    expect(res.status).toBe(200);
    expect(stampsOf(emulator(), ALICE)).toBe(0);
  });

  it("keeps nothing when a redemption fails", async () => {
    const res = await add({ voucher_redemptions: [{ voucher_code: "BDAY2024" }] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(coded("voucher_code", "This voucher expired on 2024-09-30", "voucher_expired"));
    expect(count("SELECT count(*) FROM transactions WHERE invoice_number = 'POS-7001'")).toBe(0);
    expect(stampsOf(emulator(), ALICE)).toBe(80);
  });

  it("checks a voucher's minimum transaction value against the transaction", async () => {
    const res = await add({
      user: "alice@stamps.co.id",
      store: 422,
      total_value: 20000,
      voucher_redemptions: [{ voucher_code: "GRANDOPEN1" }],
    });
    expect(res.body).toMatchObject({ error_code: "minimum_transaction_value" });
  });

  it("needs a member to redeem for", async () => {
    const res = await add({ user: undefined, reward_redemptions: [{ reward: 1 }] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      detail: "Your transaction cannot be completed due to the following error(s)",
      errors: [{ user: "This field is required." }],
    });
  });

  it("reports field errors in the transaction document's style", async () => {
    const res = await add({ reward_redemptions: [{ request_id: "x" }], issue_voucher: { value: 5 } });
    expect(res.body).toEqual({
      detail: "Your transaction cannot be completed due to the following error(s)",
      errors: [{ reward: "This field is required." }, { template_id: "This field is required." }],
    });
  });
});
