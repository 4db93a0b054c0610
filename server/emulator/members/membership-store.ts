import type { Database } from "better-sqlite3";
import { sqliteTimestamp } from "../loyalty/business-date";
import { perDatabase } from "../loyalty/per-database";

// A membership with its person, level and merchant: the one row type every service reads a member
// as, from the one memberships ⋈ users select below, and the one UPDATE that moves a membership's
// stamps, balance and spend (the level follows the spend).

export type Membership = {
  /** the membership's id; `userId` is the person's, which the API calls the member's id */
  id: number;
  userId: number;
  merchantId: number;
  stamps: number;
  balance: number;
  eligibleSpending: number;
  isBlocked: boolean;
  referralCode: string | null;
  /** JSON array */
  tags: string;
  startDate: string;
  createdAt: string;
  levelCode: number;
  levelName: string;
  /** the merchant's time zone */
  timeZone: string;
  name: string;
  email: string | null;
  phone: string | null;
  gender: number | null;
  address: string | null;
  birthday: string | null;
  /** whether the person registered a Stamps account */
  isActive: boolean;
  pictureUrl: string | null;
  pinHash: string | null;
};

/**
 * What member status and suggestions show of a membership: a cut of `Membership` (same names, same
 * meaning) with the card numbers, oldest first. It is read by its own narrower select (the columns
 * below only, no merchant join): these two reads run thousands of times a second, and the full row
 * (23 columns, 4 tables) cost them 10–20 % of their throughput (README, Performance).
 */
export type MemberView = Pick<
  Membership,
  | "userId"
  | "name"
  | "email"
  | "phone"
  | "birthday"
  | "gender"
  | "address"
  | "isActive"
  | "stamps"
  | "balance"
  | "levelName"
> & { memberIds: string[] };

export type MembershipDelta = { stamps?: number; spending?: number; balance?: number };

type MembershipRow = Omit<Membership, "isBlocked" | "isActive"> & { isBlocked: number; isActive: number };
type MemberViewRow = Omit<MemberView, "isActive" | "memberIds"> & { isActive: number; memberIds: string };

const MEMBERSHIP_COLUMNS = `m.id, m.user_id AS userId, m.merchant_id AS merchantId, m.stamps, m.balance,
  m.eligible_spending AS eligibleSpending, m.is_blocked AS isBlocked, m.referral_code AS referralCode, m.tags,
  m.start_date AS startDate, m.created_at AS createdAt, l.code AS levelCode, l.name AS levelName,
  me.time_zone AS timeZone, u.name, u.email, u.phone, u.gender, u.address, u.birthday, u.is_active AS isActive,
  u.picture_url AS pictureUrl, u.pin_hash AS pinHash`;

const MEMBERSHIP_FROM = `FROM memberships m
  JOIN users u ON u.id = m.user_id
  JOIN membership_levels l ON l.id = m.level_id
  JOIN merchants me ON me.id = m.merchant_id`;

/** The row as read, its 0/1 flags made booleans in place (no copy: status runs thousands a second). */
function toMembership(row: MembershipRow): Membership {
  const membership = row as unknown as Membership;
  membership.isBlocked = row.isBlocked === 1;
  membership.isActive = row.isActive === 1;
  return membership;
}

export type MembershipStore = ReturnType<typeof createMembershipStore>;

function createMembershipStore(sqlite: Database) {
  const byId = sqlite.prepare<[number], MembershipRow>(
    `SELECT ${MEMBERSHIP_COLUMNS} ${MEMBERSHIP_FROM} WHERE m.id = ?`,
  );
  const viewById = sqlite.prepare<[number], MemberViewRow>(
    `SELECT m.user_id AS userId, u.name, u.email, u.phone, u.birthday, u.gender, u.address, u.is_active AS isActive,
            m.stamps, m.balance, l.name AS levelName,
            (SELECT json_group_array(number)
               FROM (SELECT number FROM member_cards WHERE membership_id = m.id ORDER BY id)) AS memberIds
     FROM memberships m
     JOIN users u ON u.id = m.user_id
     JOIN membership_levels l ON l.id = m.level_id
     WHERE m.id = ?`,
  );
  // The level is the highest whose threshold the new spend reaches; spend never goes below 0.
  const apply = sqlite.prepare<{ id: number; stamps: number; spending: number; balance: number; now: string }>(
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
  );
  const stampsOf = sqlite.prepare<[number], number>("SELECT stamps FROM memberships WHERE id = ?").pluck();

  const applyDelta = (id: number, delta: MembershipDelta): void => {
    apply.run({
      id,
      stamps: delta.stamps ?? 0,
      spending: delta.spending ?? 0,
      balance: delta.balance ?? 0,
      now: sqliteTimestamp(new Date()),
    });
  };

  return {
    get(id: number): Membership | undefined {
      const row = byId.get(id);
      return row && toMembership(row);
    },
    /** The membership as member status and suggestions show it. */
    view(id: number): MemberView | undefined {
      const row = viewById.get(id);
      if (!row) return undefined;
      return { ...row, isActive: row.isActive === 1, memberIds: JSON.parse(row.memberIds) as string[] };
    },
    /** Every change to stamps, balance or eligible spend goes through here; the level follows the spend. */
    applyDelta,
    /** false (and nothing spent) when the member has fewer than `stamps`; callers hold the write lock */
    spendStamps(id: number, stamps: number): boolean {
      if ((stampsOf.get(id) ?? 0) < stamps) return false;
      applyDelta(id, { stamps: -stamps });
      return true;
    },
  };
}

/** The store of a database: statements prepared once per connection, shared by every service. */
export const membershipStore = perDatabase(createMembershipStore);

export const getMembershipState = (sqlite: Database, membershipId: number) => membershipStore(sqlite).get(membershipId);

export const applyMembershipDelta = (sqlite: Database, membershipId: number, delta: MembershipDelta) =>
  membershipStore(sqlite).applyDelta(membershipId, delta);
