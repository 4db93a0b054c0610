import type { Database } from "better-sqlite3";

export type PromoCodeRow = {
  id: number;
  code: string;
  name: string;
  rewardId: number | null;
  voucherTemplateId: number | null;
  bonusStamps: number;
  maxRedemptions: number | null;
  maxRedemptionsPerUser: number | null;
  startDate: string | null;
  endDate: string | null;
  isActive: number;
};

const COLUMNS = `id, code, name, reward_id AS rewardId, voucher_template_id AS voucherTemplateId,
  bonus_stamps AS bonusStamps, max_redemptions AS maxRedemptions, max_redemptions_per_user AS maxRedemptionsPerUser,
  start_date AS startDate, end_date AS endDate, is_active AS isActive`;

export type PromoStore = ReturnType<typeof createPromoStore>;

export function createPromoStore(sqlite: Database) {
  // Codes are typed by cashiers: matched without regard to case (a merchant has few of them).
  const byCode = sqlite.prepare<[number, string], PromoCodeRow>(
    `SELECT ${COLUMNS} FROM promo_codes WHERE merchant_id = ? AND code = ? COLLATE NOCASE`,
  );
  const byId = sqlite.prepare<[number, number], PromoCodeRow>(
    `SELECT ${COLUMNS} FROM promo_codes WHERE merchant_id = ? AND id = ?`,
  );
  const usesByMember = sqlite
    .prepare<[number, number], number>(
      "SELECT count(*) FROM redemptions WHERE promo_code_id = ? AND membership_id = ? AND status = 'created'",
    )
    .pluck();
  const countUse = sqlite.prepare<{ id: number; delta: number }>(
    `UPDATE promo_codes SET redemption_count = redemption_count + @delta
     WHERE id = @id AND (@delta < 0 OR max_redemptions IS NULL OR redemption_count < max_redemptions)`,
  );

  return {
    /** by code; a number the docs' cURL example sends (`"promo_code": 12`) is also tried as the id */
    find(merchantId: number, code: string): PromoCodeRow | undefined {
      return byCode.get(merchantId, code) ?? (/^\d+$/.test(code) ? byId.get(merchantId, Number(code)) : undefined);
    },
    byId: (merchantId: number, id: number) => byId.get(merchantId, id),
    usesByMember: (promoId: number, membershipId: number) => usesByMember.get(promoId, membershipId) ?? 0,
    /** false when the code's overall limit is reached */
    countUse: (promoId: number) => countUse.run({ id: promoId, delta: 1 }).changes === 1,
    uncountUse: (promoId: number) => countUse.run({ id: promoId, delta: -1 }),
  };
}
