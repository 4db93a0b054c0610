// Demo voucher templates and vouchers: what the redemption and voucher documents' examples name
// (template 1 "March Surprise Voucher", 2 "Valentine Voucher", 12 with code ABCD100k; vouchers 1,
// 12, VC-ABC, VC-DEF, ABCD123, PZ633ECV, VOUCHERCODE), one template of each of the 8 types, and a
// few used, expired and other members' vouchers. Dates run to 2035 so the demo stays valid.

export type DemoTemplate = {
  id: number;
  merchantId: number;
  name: string;
  /** 1 Cross Promotion, 2 Regular, 3 Promotion, 4 Signup, 5 Birthday, 6 Referral, 7 Pregenerated, 8 Anniversary */
  type: number;
  value: number | null;
  valueType?: "dynamic";
  /** fixed validity [start, end]; otherwise `validityDays` from each voucher's start */
  fixed?: [string, string];
  validityDays?: number;
  channels?: number[];
  stores?: number[];
  minTransactionValue?: number;
  maxIssuance?: number;
  shortDescription: string;
  description?: string;
  instructions?: string;
  extraData?: Record<string, unknown> | null;
};

const OPEN: [string, string] = ["2025-01-01", "2035-12-31"];

// prettier-ignore
export const demoTemplates: DemoTemplate[] = [
  { id: 1, merchantId: 14, name: "March Surprise Voucher", type: 1, value: null, valueType: "dynamic", validityDays: 31,
    channels: [1, 2, 3, 4], shortDescription: "A surprise discount worth the value on your voucher", extraData: null },
  { id: 2, merchantId: 14, name: "Valentine Voucher", type: 1, value: 50000, fixed: OPEN, channels: [1, 2, 3, 6],
    shortDescription: "Get 50% off on your next purchase", extraData: {} },
  { id: 3, merchantId: 14, name: "Discount Rp 100,000", type: 2, value: 100000, validityDays: 90,
    shortDescription: "Rp 100,000 off your bill", extraData: { discount: 100000 } },
  { id: 4, merchantId: 14, name: "Free Kaya Bun", type: 2, value: null, validityDays: 30, shortDescription: "Free Kaya Bun",
    description: "Free Kaya Bun with no minimum purchase", instructions: "Show the voucher QR at the counter" },
  { id: 5, merchantId: 14, name: "Welcome Drink", type: 4, value: 25000, validityDays: 30,
    shortDescription: "A drink on us for joining" },
  { id: 6, merchantId: 14, name: "Birthday Cake", type: 5, value: 75000, validityDays: 30,
    shortDescription: "A slice of cake in your birthday month" },
  { id: 7, merchantId: 14, name: "Referral Rp 25,000", type: 6, value: 25000, validityDays: 60,
    shortDescription: "Thanks for bringing a friend" },
  { id: 8, merchantId: 14, name: "Anniversary Treat", type: 8, value: 50000, validityDays: 30,
    shortDescription: "One year with us: a treat" },
  { id: 9, merchantId: 14, name: "Grand Opening Kota Kasablanka", type: 3, value: 30000, fixed: OPEN, stores: [422],
    minTransactionValue: 50000, maxIssuance: 500, shortDescription: "Rp 30,000 off at Kota Kasablanka" },
  { id: 10, merchantId: 14, name: "Limited Edition Tumbler", type: 3, value: 150000, validityDays: 60, maxIssuance: 2,
    shortDescription: "Two tumblers only" },
  { id: 12, merchantId: 14, name: "Rp 100,000 Printed Voucher", type: 7, value: 100000, fixed: OPEN, channels: [2],
    shortDescription: "Printed codes, redeemed with redemptions/by-voucher-code" },
  { id: 20, merchantId: 15, name: "Kopi Gratis", type: 2, value: 20000, validityDays: 30,
    shortDescription: "Satu kopi gratis" },
  { id: 21, merchantId: 2, name: "Free Croissant", type: 2, value: 18000, validityDays: 30,
    shortDescription: "A croissant from Stamps Bakery" },
];

export type DemoVoucher = {
  id: number;
  templateId: number;
  /** owner "<merchantId>:<userId>"; null for an unclaimed printed code */
  owner: string | null;
  code: string;
  /** a dynamic template's value */
  value?: number;
  quantity?: number;
  start: string;
  end: string;
  status?: "used";
};

const ALICE = "14:2456";
const GOLD = "14:12";
const BLUE = "14:13";

// prettier-ignore
export const demoVouchers: DemoVoucher[] = [
  { id: 1, templateId: 1, owner: ALICE, code: "VC-ABC", value: 100000, ...open() },
  { id: 2, templateId: 2, owner: ALICE, code: "VC-DEF", quantity: 2, ...open() },
  { id: 3, templateId: 3, owner: ALICE, code: "ABCD123", ...open() },
  { id: 4, templateId: 3, owner: ALICE, code: "PZ633ECV", ...open() },
  { id: 5, templateId: 3, owner: ALICE, code: "VOUCHERCODE", ...open() },
  { id: 6, templateId: 12, owner: null, code: "ABCD100k", ...open() },
  { id: 7, templateId: 12, owner: null, code: "ABCD100m", ...open() },
  { id: 8, templateId: 12, owner: null, code: "ABCD100n", ...open() },
  { id: 9, templateId: 4, owner: ALICE, code: "KAYABUN1", start: "2025-05-01", end: "2025-05-31", status: "used" },
  { id: 10, templateId: 6, owner: ALICE, code: "BDAY2024", start: "2024-09-01", end: "2024-09-30" },
  { id: 11, templateId: 9, owner: GOLD, code: "GRANDOPEN1", ...open() },
  { id: 12, templateId: 1, owner: ALICE, code: "GIFT50K", value: 50000, ...open() },
  { id: 13, templateId: 5, owner: BLUE, code: "WELCOME13", ...open() },
  { id: 14, templateId: 10, owner: GOLD, code: "TUMBLER1", ...open() },
  { id: 15, templateId: 10, owner: BLUE, code: "TUMBLER2", ...open() },
  { id: 16, templateId: 20, owner: "15:2456", code: "KOPI0001", ...open() },
  { id: 17, templateId: 21, owner: "2:123", code: "ROTI0001", ...open() },
];

function open() {
  return { start: "2025-01-01", end: "2035-12-31" };
}
