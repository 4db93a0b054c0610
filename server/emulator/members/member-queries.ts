import type { Database } from "better-sqlite3";
import { normalizePhone } from "./phone";
import { normalizeSuggestionQuery } from "./search-terms";

// The membership endpoints' reads, as prepared statements on the raw connection: these are the
// hot paths (member status at thousands of requests a second), where Prisma's per-query overhead
// would dominate.

export type Member = {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  gender: number | null;
  address: string | null;
  isActive: boolean;
  stamps: number;
  balance: number;
  levelName: string;
  memberIds: string[];
};

type MemberRow = Omit<Member, "isActive" | "memberIds"> & { isActive: number; memberIds: string };

// Sorts after every character a term can contain, closing the prefix range.
const RANGE_END = "\u{10FFFF}";

export type MemberQueries = ReturnType<typeof createMemberQueries>;

export function createMemberQueries(sqlite: Database) {
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
  const memberByMembershipId = sqlite.prepare<[number], MemberRow>(
    `SELECT u.id, u.name, u.email, u.phone, u.birthday, u.gender, u.address, u.is_active AS isActive,
            m.stamps, m.balance, l.name AS levelName,
            (SELECT json_group_array(number)
               FROM (SELECT number FROM member_cards WHERE membership_id = m.id ORDER BY id)) AS memberIds
     FROM memberships m
     JOIN users u ON u.id = m.user_id
     JOIN membership_levels l ON l.id = m.level_id
     WHERE m.id = ?`,
  );
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

  function getMember(membershipId: number): Member | undefined {
    const row = memberByMembershipId.get(membershipId);
    if (!row) return undefined;
    return { ...row, isActive: row.isActive === 1, memberIds: JSON.parse(row.memberIds) as string[] };
  }

  /**
   * Members whose name, a later name word, email, phone or card number starts with the query,
   * ordered by the matching term. Walks the (merchant_id, term) index and stops at `limit`
   * distinct members, so the cost does not grow with the number of members.
   */
  function suggestMembers(merchantId: number, query: string, limit: number): Member[] {
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
