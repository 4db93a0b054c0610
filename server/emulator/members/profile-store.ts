import type { Database } from "better-sqlite3";
import { perDatabase } from "../loyalty/per-database";
import { memberSearchTerms } from "./search-terms";

// Writes of register and change, on the raw connection so each request's checks and writes run
// in one synchronous transaction.

export type UserRow = {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  gender: number | null;
  address: string | null;
  isActive: number;
};

export type UserFields = {
  name: string;
  email: string | null;
  phone: string | null;
  birthday: string;
  gender: number;
  address: string | null;
  now: string;
};

export const profileStore = perDatabase((sqlite: Database) => ({
  timeZone: sqlite.prepare<[number], string>("SELECT time_zone FROM merchants WHERE id = ?").pluck(),
  store: sqlite.prepare<[number, number], number>("SELECT id FROM stores WHERE id = ? AND merchant_id = ?").pluck(),
  user: sqlite.prepare<[number], UserRow>(
    `SELECT id, name, email, phone, birthday, gender, address, is_active AS isActive FROM users WHERE id = ?`,
  ),
  userIdByEmail: sqlite.prepare<[string], number>("SELECT id FROM users WHERE email = ?").pluck(),
  userIdByPhone: sqlite.prepare<[string], number>("SELECT id FROM users WHERE phone = ?").pluck(),
  cardOwner: sqlite.prepare<[number, string], { membershipId: number; userId: number }>(
    `SELECT c.membership_id AS membershipId, m.user_id AS userId
     FROM member_cards c JOIN memberships m ON m.id = c.membership_id
     WHERE c.merchant_id = ? AND c.number = ?`,
  ),
  membershipOf: sqlite
    .prepare<[number, number], number>("SELECT id FROM memberships WHERE merchant_id = ? AND user_id = ?")
    .pluck(),
  lowestLevel: sqlite
    .prepare<[number], number>(
      "SELECT id FROM membership_levels WHERE merchant_id = ? ORDER BY min_spending, code LIMIT 1",
    )
    .pluck(),
  insertUser: sqlite.prepare<UserFields>(
    `INSERT INTO users (name, email, phone, birthday, gender, address, is_active, created_at, updated_at)
     VALUES (:name, :email, :phone, :birthday, :gender, :address, 1, :now, :now)`,
  ),
  // Optional fields the request left out keep their value.
  updateUser: sqlite.prepare<UserFields & { id: number; register: number }>(
    `UPDATE users SET name = :name, email = coalesce(:email, email), phone = coalesce(:phone, phone),
       birthday = :birthday, gender = :gender, address = coalesce(:address, address),
       is_active = max(is_active, :register), updated_at = :now
     WHERE id = :id`,
  ),
  insertMembership: sqlite.prepare<{
    userId: number;
    merchantId: number;
    levelId: number;
    startDate: string;
    storeId: number;
    now: string;
  }>(
    `INSERT INTO memberships (user_id, merchant_id, level_id, start_date, registered_at_store_id, created_at, updated_at)
     VALUES (:userId, :merchantId, :levelId, :startDate, :storeId, :now, :now)`,
  ),
  setReferralCode: sqlite.prepare<[string, number]>("UPDATE memberships SET referral_code = ? WHERE id = ?"),
  insertCard: sqlite.prepare<[number, number, string, string]>(
    "INSERT INTO member_cards (merchant_id, membership_id, number, created_at) VALUES (?, ?, ?, ?)",
  ),
  cards: sqlite
    .prepare<[number], string>("SELECT number FROM member_cards WHERE membership_id = ? ORDER BY id")
    .pluck(),
  membershipsOfUser: sqlite.prepare<[number], { id: number; merchantId: number }>(
    "SELECT id, merchant_id AS merchantId FROM memberships WHERE user_id = ?",
  ),
  deleteTerms: sqlite.prepare<[number]>("DELETE FROM member_search_terms WHERE membership_id = ?"),
  insertTerm: sqlite.prepare<[number, string, number]>(
    "INSERT OR IGNORE INTO member_search_terms (merchant_id, term, membership_id) VALUES (?, ?, ?)",
  ),
}));

/** Rebuilds the suggestion terms of every membership of the user (name, email and phone are shared). */
export function rewriteSearchTerms(sqlite: Database, userId: number): void {
  const s = profileStore(sqlite);
  const user = s.user.get(userId);
  if (!user) return;
  for (const membership of s.membershipsOfUser.all(userId)) {
    s.deleteTerms.run(membership.id);
    const terms = memberSearchTerms({ ...user, cardNumbers: s.cards.all(membership.id) });
    for (const term of terms) s.insertTerm.run(membership.merchantId, term, membership.id);
  }
}

/** Adds the card to the membership unless it is already there. */
export function addCard(sqlite: Database, merchantId: number, membershipId: number, number: string, now: string) {
  const s = profileStore(sqlite);
  if (s.cards.all(membershipId).includes(number)) return;
  s.insertCard.run(merchantId, membershipId, number, now);
}
