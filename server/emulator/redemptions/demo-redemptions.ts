// Demo data of the redemption API: rewards that hand out vouchers, promo codes (PROMOCODE is id 12
// for the docs' cURL example `"promo_code": 12`), members' PINs, and past redemptions to look at
// (redemption 1 is what the cancel example cancels).

/** Rewards of type "voucher"; the fixed and flexible stamp rewards are in rewards/demo-rewards.ts. */
export const demoVoucherRewards = [
  { id: 2, merchantId: 14, code: "MI0002", name: "Free Kaya Bun Voucher", stampsToRedeem: 4, voucherTemplateId: 4 },
  // Flexible: Rp 5,000 of a "March Surprise Voucher" per stamp.
  {
    id: 3,
    merchantId: 14,
    code: "MI0003",
    name: "Surprise Voucher",
    stampsToRedeem: 2,
    flexible: { minStamps: 2, maxStamps: 50, valuePerStamp: 5000 },
    voucherTemplateId: 1,
  },
];

// prettier-ignore
export const demoPromoCodes = [
  { id: 12, merchantId: 14, code: "PROMOCODE", name: "Discount Rp 100,000", maxRedemptionsPerUser: 1, redemptionCount: 1 },
  { id: 1, merchantId: 14, code: "FREEBUN", name: "Free Kaya Bun", voucherTemplateId: 4, maxRedemptionsPerUser: 1 },
  { id: 2, merchantId: 14, code: "BONUS5", name: "5 Bonus Stamps", bonusStamps: 5, maxRedemptionsPerUser: 1, maxRedemptions: 100 },
  { id: 3, merchantId: 14, code: "NEWYEAR2024", name: "New Year 2024", startDate: "2024-01-01", endDate: "2024-01-31" },
  { id: 4, merchantId: 14, code: "SOLDOUT", name: "Sold Out Promo", maxRedemptions: 1, redemptionCount: 1 },
];

/** user id → PIN (6 digits), for redemptions/authorize; user 123 is the docs' example. */
export const demoPins: Record<number, string> = { 2456: "123456", 123: "123456", 12: "246810" };

/** Merchants whose redemptions need a PIN-authorized request_id. */
export const pinAuthorizationMerchants = [15];

export type DemoRedemption = {
  id: number;
  /** "<merchantId>:<userId>" */
  member: string;
  storeId: number;
  kind: "reward" | "voucher" | "promo_code";
  rewardId?: number;
  voucherId?: number;
  promoCodeId?: number;
  stampsUsed?: number;
  value?: number;
  invoiceNumber: string;
  created: string;
  canceled?: boolean;
};

// prettier-ignore
export const demoRedemptions: DemoRedemption[] = [
  { id: 1, member: "14:2456", storeId: 32, kind: "reward", rewardId: 1, stampsUsed: 2, invoiceNumber: "PS-20250502-014",
    created: "2025-05-02T10:15:00+07:00" },
  { id: 2, member: "14:2456", storeId: 2, kind: "voucher", voucherId: 9, invoiceNumber: "GI-20250520-031",
    created: "2025-05-20T12:40:00+07:00" },
  { id: 3, member: "14:12", storeId: 422, kind: "reward", rewardId: 12, stampsUsed: 20, value: 100000,
    invoiceNumber: "KK-20250411-007", created: "2025-04-11T18:05:00+07:00", canceled: true },
  { id: 4, member: "14:13", storeId: 32, kind: "promo_code", promoCodeId: 12, invoiceNumber: "PS-20250308-002",
    created: "2025-03-08T09:30:00+07:00" },
  { id: 5, member: "14:12", storeId: 2, kind: "reward", rewardId: 6, stampsUsed: 20, invoiceNumber: "GI-20250601-019",
    created: "2025-06-01T15:20:00+07:00" },
];
