import type { Database } from "better-sqlite3";
import { perDatabase } from "../loyalty/per-database";
import { membershipStore, type MemberView } from "./membership-store";
import { normalizePhone } from "./phone";
import { normalizeSuggestionQuery } from "./search-terms";

// Finding members: `user` as the API takes it, and suggestions by prefix. These are the hot paths
// (member status at thousands of requests a second), so each is one indexed prepared statement.

// Sorts after every character a term can contain, closing the prefix range.
const RANGE_END = "\u{10FFFF}";

export type MemberStore = ReturnType<typeof createMemberStore>;

function createMemberStore(sqlite: Database) {
  const memberships = membershipStore(sqlite);
  const membershipByEmail = sqlite
    .prepare<[number, string], number>(
      `SELECT m.id FROM users u JOIN memberships m ON m.user_id = u.id AND m.merchant_id = ?
       WHERE u.email = ?`,
    )
    .pluck();
  const membershipByPhone = sqlite
    .prepare<[number, string], number>(
      `SELECT m.id FROM users u JOIN memberships m ON m.user_id = u.id AND m.merchant_id = ?
       WHERE u.phone = ?`,
    )
    .pluck();
  const membershipByCard = sqlite
    .prepare<[number, string], number>("SELECT membership_id FROM member_cards WHERE merchant_id = ? AND number = ?")
    .pluck();
  const membershipByUserId = sqlite
    .prepare<[number, number], number>("SELECT id FROM memberships WHERE merchant_id = ? AND user_id = ?")
    .pluck();
  const membershipsByTermPrefix = sqlite
    .prepare<[number, string, string], number>(
      `SELECT membership_id FROM member_search_terms
       WHERE merchant_id = ? AND term >= ? AND term < ?
       ORDER BY term, membership_id`,
    )
    .pluck();

  /**
   * `user` as the API takes it: an email, a card number, a phone number (+62…, 62…, 08…) or the
   * user's primary key, tried in that order; only members of `merchantId` are found.
   */
  function findMembershipId(merchantId: number, user: string): number | undefined {
    const value = user.trim();
    if (value.includes("@")) return membershipByEmail.get(merchantId, value.toLowerCase());

    const byCard = membershipByCard.get(merchantId, value);
    if (byCard !== undefined) return byCard;

    const phone = normalizePhone(value);
    const byPhone = phone === null ? undefined : membershipByPhone.get(merchantId, phone);
    if (byPhone !== undefined) return byPhone;

    const userId = /^\d{1,15}$/.test(value) ? Number(value) : undefined;
    return userId === undefined ? undefined : membershipByUserId.get(merchantId, userId);
  }

  /** The member as status and suggestions show it: the membership with its person, level and cards. */
  function getMember(membershipId: number): MemberView | undefined {
    return memberships.view(membershipId);
  }

  /**
   * Members whose name, a later name word, email, phone or card number starts with the query,
   * ordered by the matching term. Walks the (merchant_id, term) index and stops at `limit`
   * distinct members, so the cost does not grow with the number of members.
   */
  function suggestMembers(merchantId: number, query: string, limit: number): MemberView[] {
    const prefix = normalizeSuggestionQuery(query);
    if (prefix === "") return [];

    const ids = new Set<number>();
    for (const id of membershipsByTermPrefix.iterate(merchantId, prefix, prefix + RANGE_END)) {
      ids.add(id);
      if (ids.size === limit) break;
    }
    return [...ids].flatMap((id) => getMember(id) ?? []);
  }

  return { findMembershipId, getMember, suggestMembers };
}

/** The store of a database: statements prepared once per connection, shared by every service. */
export const memberStore = perDatabase(createMemberStore);
