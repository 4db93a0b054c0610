// Demo rewards: the ones the reward and redemption documents name (Kaya Bun "MI0017", Mee Goreng,
// Curry Chicken, two Nasi Lemak, the flexible "REWARDCODE"), with their documented ids.

export type DemoReward = {
  id: number;
  merchantId: number;
  code: string;
  name: string;
  stampsToRedeem: number;
  flexible?: { minStamps: number; maxStamps: number; valuePerStamp: number };
  startDate?: string;
  endDate?: string;
  isActive?: boolean;
};

const imageUrl = (code: string) => `https://static.stamps.co.id/emulator/rewards/${code.toLowerCase()}.png`;

const rewards: DemoReward[] = [
  { id: 1, merchantId: 14, code: "MI0017", name: "Kaya Bun", stampsToRedeem: 2 },
  { id: 5, merchantId: 14, code: "MI0005", name: "Curry Chicken", stampsToRedeem: 60 },
  { id: 6, merchantId: 14, code: "MI0006", name: "Mee Goreng", stampsToRedeem: 20 },
  { id: 7, merchantId: 14, code: "MI0007", name: "Nasi Lemak", stampsToRedeem: 10 },
  { id: 8, merchantId: 14, code: "MI0008", name: "Nasi Lemak", stampsToRedeem: 120 },
  // Not listed: ended, and switched off.
  { id: 9, merchantId: 14, code: "MI0009", name: "Pisang Goreng", stampsToRedeem: 5, endDate: "2020-12-31" },
  { id: 10, merchantId: 14, code: "MI0010", name: "Free Croissant", stampsToRedeem: 8, isActive: false },
  {
    id: 12,
    merchantId: 14,
    code: "REWARDCODE",
    name: "Discount Rp 100,000",
    stampsToRedeem: 10,
    flexible: { minStamps: 10, maxStamps: 40, valuePerStamp: 5000 },
  },
  { id: 20, merchantId: 15, code: "KN0001", name: "Es Kopi Susu", stampsToRedeem: 8 },
];

export const demoRewards = rewards.map((reward) => ({ ...reward, imageUrl: imageUrl(reward.code) }));
