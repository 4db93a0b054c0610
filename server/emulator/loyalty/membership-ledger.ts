import type { Database } from "better-sqlite3";
import { businessDate, sqliteTimestamp } from "./business-date";
import { perDatabase } from "./per-database";

// A membership's balances as the transaction and redemption services read and move them. Every
// change goes through applyMembershipDelta, which also settles the level from eligible spend.

export type MembershipState = {
  id: number;
  userId: number;
  merchantId: number;
  stamps: number;
  balance: number;
  eligibleSpending: number;
  isBlocked: boolean;
  levelCode: number;
  levelName: string;
  phone: string | null;
  tags: string;
  referralCode: string | null;
  startDate: string;
  createdAt: string;
  timeZone: string;
};

type StateRow = Omit<MembershipState, "isBlocked"> & { isBlocked: number };

export type MembershipDelta = { stamps?: number; spending?: number; balance?: number };

const statements = perDatabase((sqlite: Database) => ({
  state: sqlite.prepare<[number], StateRow>(
    `SELECT m.id, m.user_id AS userId, m.merchant_id AS merchantId, m.stamps, m.balance,
            m.eligible_spending AS eligibleSpending, m.is_blocked AS isBlocked, l.code AS levelCode,
            l.name AS levelName, u.phone, m.tags, m.referral_code AS referralCode, m.start_date AS startDate,
            m.created_at AS createdAt, me.time_zone AS timeZone
     FROM memberships m
     JOIN membership_levels l ON l.id = m.level_id
     JOIN users u ON u.id = m.user_id
     JOIN merchants me ON me.id = m.merchant_id
     WHERE m.id = ?`,
  ),
  // The level is the highest whose threshold the new spend reaches; spend never goes below 0.
  apply: sqlite.prepare<{ id: number; stamps: number; spending: number; balance: number; now: string }>(
    `UPDATE memberships
     SET stamps = stamps + :stamps,
         balance = balance + :balance,
         eligible_spending = max(0, eligible_spending + :spending),
         level_id = coalesce(
           (SELECT l.id FROM membership_levels l
            WHERE l.merchant_id = memberships.merchant_id AND l.min_spending <= max(0, eligible_spending + :spending)
            ORDER BY l.min_spending DESC LIMIT 1),
           level_id),
         updated_at = :now
     WHERE id = :id`,
  ),
}));

export function getMembershipState(sqlite: Database, membershipId: number): MembershipState | undefined {
  const row = statements(sqlite).state.get(membershipId);
  return row && { ...row, isBlocked: row.isBlocked === 1 };
}

export function applyMembershipDelta(sqlite: Database, membershipId: number, delta: MembershipDelta): void {
  statements(sqlite).apply.run({
    id: membershipId,
    stamps: delta.stamps ?? 0,
    spending: delta.spending ?? 0,
    balance: delta.balance ?? 0,
    now: sqliteTimestamp(new Date()),
  });
}

/** `customer` of transactions/add, add-or-update and modify. `id` is the user's, as in member status. */
export function customerJson(state: MembershipState) {
  return {
    id: state.userId,
    mobile_phone: state.phone,
    stamps_remaining: state.stamps,
    balance: state.balance,
    status: state.levelName,
  };
}

/** `membership` of transactions/cancel and add-with-redemptions. */
export function membershipJson(state: MembershipState) {
  return {
    tags: JSON.parse(state.tags) as unknown,
    status: state.levelCode,
    status_text: state.levelName,
    stamps: state.stamps,
    balance: state.balance,
    is_blocked: state.isBlocked,
    referral_code: state.referralCode,
    start_date: state.startDate,
    created: businessDate(new Date(state.createdAt), state.timeZone),
  };
}
