import type { Database } from "better-sqlite3";
import { businessDate } from "../loyalty/business-date";
import { perDatabase } from "../loyalty/per-database";

export type RewardRow = {
  id: number;
  code: string;
  name: string;
  type: string;
  stampsMode: string;
  stampsToRedeem: number;
  minStamps: number | null;
  maxStamps: number | null;
  imageUrl: string | null;
};

export const rewardStore = perDatabase((sqlite: Database) => ({
  timeZone: sqlite.prepare<[number], string>("SELECT time_zone FROM merchants WHERE id = ?").pluck(),
  // Available: switched on and within its validity on the merchant's today.
  available: sqlite.prepare<[number, string, string], RewardRow>(
    `SELECT id, code, name, type, stamps_mode AS stampsMode, stamps_to_redeem AS stampsToRedeem,
            min_stamps AS minStamps, max_stamps AS maxStamps, image_url AS imageUrl
     FROM rewards
     WHERE merchant_id = ? AND is_active = 1
       AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)
     ORDER BY stamps_to_redeem, id`,
  ),
}));

/** The merchant's rewards available today, cheapest first. */
export function findAvailableRewards(sqlite: Database, merchantId: number): RewardRow[] {
  const s = rewardStore(sqlite);
  const today = businessDate(new Date(), s.timeZone.get(merchantId) ?? "Asia/Jakarta");
  return s.available.all(merchantId, today, today);
}

/** Stamps a reward costs at least: its price, or a flexible reward's minimum. */
export function leastStamps(reward: RewardRow): number {
  return reward.stampsMode === "flexible" ? (reward.minStamps ?? reward.stampsToRedeem) : reward.stampsToRedeem;
}
