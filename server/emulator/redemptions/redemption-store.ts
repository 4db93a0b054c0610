import type { Database } from "better-sqlite3";
import { membershipStore } from "../members/membership-store";

// Prepared statements of the redemption endpoints (hot paths: redeem-reward at hundreds of
// requests a second). Callers run them inside one IMMEDIATE transaction per request.

export type MerchantRow = { id: number; timeZone: string; groupId: number | null; pinRequired: number };

export type RewardRow = {
  id: number;
  code: string;
  name: string;
  type: "reward" | "voucher";
  stampsMode: "fixed" | "flexible";
  stampsToRedeem: number;
  minStamps: number | null;
  maxStamps: number | null;
  valuePerStamp: number | null;
  voucherTemplateId: number | null;
  /** JSON object */
  extraData: string;
  startDate: string | null;
  endDate: string | null;
  isActive: number;
};

export type NewRedemption = {
  merchantId: number;
  storeId: number;
  membershipId: number;
  kind: "reward" | "voucher" | "promo_code";
  rewardId: number | null;
  voucherId: number | null;
  promoCodeId: number | null;
  transactionId: number | null;
  stampsUsed: number;
  value: number | null;
  qty: number;
  invoiceNumber: string | null;
  channel: number | null;
  requestId: string | null;
  extraData: string | null;
  issuedVoucherId: number | null;
  createdAt: string;
};

export type RedemptionRow = NewRedemption & { id: number; status: "created" | "canceled" };

const REWARD_COLUMNS = `id, code, name, type, stamps_mode AS stampsMode, stamps_to_redeem AS stampsToRedeem,
  min_stamps AS minStamps, max_stamps AS maxStamps, value_per_stamp AS valuePerStamp,
  voucher_template_id AS voucherTemplateId, extra_data AS extraData, start_date AS startDate, end_date AS endDate,
  is_active AS isActive`;

export type RedemptionStore = ReturnType<typeof createRedemptionStore>;

export function createRedemptionStore(sqlite: Database) {
  const memberships = membershipStore(sqlite);
  const merchant = sqlite.prepare<[number], MerchantRow>(
    `SELECT id, time_zone AS timeZone, group_id AS groupId, pin_authorization_enabled AS pinRequired
     FROM merchants WHERE id = ?`,
  );
  const store = sqlite.prepare<[number], { merchantId: number; isActive: number }>(
    "SELECT merchant_id AS merchantId, is_active AS isActive FROM stores WHERE id = ?",
  );
  const rewardById = sqlite.prepare<[number, number], RewardRow>(
    `SELECT ${REWARD_COLUMNS} FROM rewards WHERE merchant_id = ? AND id = ?`,
  );
  const rewardByCode = sqlite.prepare<[number, string], RewardRow>(
    `SELECT ${REWARD_COLUMNS} FROM rewards WHERE merchant_id = ? AND code = ?`,
  );
  const insertRedemption = sqlite.prepare<NewRedemption>(
    `INSERT INTO redemptions (merchant_id, store_id, membership_id, kind, reward_id, voucher_id, promo_code_id,
       transaction_id, stamps_used, value, qty, invoice_number, channel, request_id, extra_data, status,
       issued_voucher_id, created_at)
     VALUES (@merchantId, @storeId, @membershipId, @kind, @rewardId, @voucherId, @promoCodeId, @transactionId,
       @stampsUsed, @value, @qty, @invoiceNumber, @channel, @requestId, @extraData, 'created', @issuedVoucherId,
       @createdAt)`,
  );
  const redemption = sqlite.prepare<[number, number], RedemptionRow>(
    `SELECT id, merchant_id AS merchantId, store_id AS storeId, membership_id AS membershipId, kind,
            reward_id AS rewardId, voucher_id AS voucherId, promo_code_id AS promoCodeId,
            transaction_id AS transactionId, stamps_used AS stampsUsed, value, qty, invoice_number AS invoiceNumber,
            channel, request_id AS requestId, extra_data AS extraData, status, issued_voucher_id AS issuedVoucherId,
            created_at AS createdAt
     FROM redemptions WHERE merchant_id = ? AND id = ?`,
  );
  const usesOfVoucher = sqlite
    .prepare<[number], number>("SELECT count(*) FROM redemptions WHERE voucher_id = ? AND status = 'created'")
    .pluck();
  const cancelRedemption = sqlite.prepare<{ id: number; now: string; replacementVoucherId: number | null }>(
    `UPDATE redemptions SET status = 'canceled', canceled_at = @now, replacement_voucher_id = @replacementVoucherId
     WHERE id = @id AND status = 'created'`,
  );

  return {
    merchant: (id: number) => merchant.get(id),
    store: (id: number) => store.get(id),
    membership: (id: number) => memberships.get(id),
    rewardById: (merchantId: number, id: number) => rewardById.get(merchantId, id),
    rewardByCode: (merchantId: number, code: string) => rewardByCode.get(merchantId, code),
    /** false (and nothing spent) when the member has fewer than `stamps`; callers hold the write lock */
    spendStamps: (id: number, stamps: number) => memberships.spendStamps(id, stamps),
    addStamps: (id: number, stamps: number) => memberships.applyDelta(id, { stamps }),
    insertRedemption: (row: NewRedemption) => Number(insertRedemption.run(row).lastInsertRowid),
    redemption: (merchantId: number, id: number) => redemption.get(merchantId, id),
    /** redemptions, not canceled, that used the voucher */
    usesOfVoucher: (voucherId: number) => usesOfVoucher.get(voucherId) ?? 0,
    cancelRedemption: (id: number, now: string, replacementVoucherId: number | null) =>
      cancelRedemption.run({ id, now, replacementVoucherId }).changes === 1,
  };
}
