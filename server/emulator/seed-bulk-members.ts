import type { Database } from "better-sqlite3";
import { phoneSearchForms } from "./members/phone";
import { referralCode } from "./members/referral-code";
import { memberSearchTerms } from "./members/search-terms";
import { DEMO_MERCHANT_ID, demoLevels } from "./seed-data";

// Synthetic members for benchmarks and load tests: realistic enough that status lookups,
// suggestions ("budi", "0838…", card numbers) and transaction listings do real work, and
// deterministic, so two runs on fresh databases give the same rows.

const FIRST_NAMES = [
  "Budi", "Siti", "Agus", "Dewi", "Andi", "Rina", "Hendra", "Putri", "Rizky", "Fitri", "Joko", "Wulan",
  "Dedi", "Ayu", "Eko", "Indah", "Fajar", "Maya", "Gilang", "Nur", "Hadi", "Sari", "Irfan", "Lestari",
  "Bambang", "Yuni", "Teguh", "Ratna", "Wahyu", "Dian", "Yusuf", "Kartika", "Bayu", "Mega", "Dimas", "Anisa",
  "Arief", "Citra", "Reza", "Nadia", "Made", "Ketut", "Oka", "Intan", "Slamet", "Ningsih", "Rudi", "Astuti",
]; // prettier-ignore
const LAST_NAMES = [
  "Santoso", "Rahayu", "Setiawan", "Lestari", "Pratama", "Wulandari", "Gunawan", "Kusuma", "Ramadhan", "Handayani",
  "Hidayat", "Saputra", "Nugroho", "Permana", "Safitri", "Wirawan", "Sitompul", "Hartanto", "Prasetyo", "Hakim",
  "Anggraini", "Maulana", "Aditya", "Putra", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Wijaya", "Tanoto",
  "Halim", "Susanto", "Kurniawan", "Firmansyah", "Puspita", "Utami", "Suryadi", "Purnomo", "Hasibuan", "Lubis",
]; // prettier-ignore
const STORES = [2, 32, 422];
const PRODUCTS = [
  ["Cappucino", 35_000],
  ["Iced Tea", 15_000],
  ["Cafe Latte", 38_000],
  ["Fried Rice", 45_000],
  ["Kaya Bun", 12_000],
] as const;
/** Share of members on each level, Blue first (as demoLevels). */
const LEVEL_SHARE = [0.7, 0.2, 0.08, 0.02];

export const BULK_PHONE_PREFIX = "+62838";
export const BULK_CARD_PREFIX = "77";

export type BulkSeedResult = {
  members: number;
  firstUserId: number;
  lastUserId: number;
  searchTerms: number;
  transactions: number;
  ms: number;
};

/**
 * Adds `members` members of `merchantId` (default 14, which must exist: run the demo seed first),
 * each with a card, phone, email, search terms and 0–2 transactions, in one transaction of
 * prepared statements. Ids continue after the largest existing ones, so it can run repeatedly.
 */
export function insertBulkMembers(sqlite: Database, options: { members: number; merchantId?: number }): BulkSeedResult {
  const started = performance.now();
  const merchantId = options.merchantId ?? DEMO_MERCHANT_ID;
  const levelIds = levelIdsByCode(sqlite, merchantId);
  const paymentMethodId = sqlite.prepare<[], number>("SELECT id FROM payment_methods ORDER BY id").pluck().get();

  const insertUser = sqlite.prepare(
    `INSERT INTO users (id, name, email, phone, birthday, gender, address, is_active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertMembership = sqlite.prepare(
    `INSERT INTO memberships (id, user_id, merchant_id, level_id, stamps, balance, eligible_spending, referral_code,
                              start_date, registered_at_store_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCard = sqlite.prepare(
    "INSERT INTO member_cards (merchant_id, membership_id, number, created_at) VALUES (?, ?, ?, ?)",
  );
  const insertTerm = sqlite.prepare(
    "INSERT INTO member_search_terms (merchant_id, term, membership_id) VALUES (?, ?, ?)",
  );
  const insertTransaction = sqlite.prepare(
    `INSERT INTO transactions (merchant_id, store_id, membership_id, invoice_number, business_date, created,
                               total_value, subtotal, number_of_people, channel, type, stamps_earned, status,
                               details_complete, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 2, 2, ?, 1, 1, ?)`,
  );
  const insertItem = sqlite.prepare(
    `INSERT INTO transaction_items (transaction_id, product_name, quantity, subtotal, eligible_for_stamps)
     VALUES (?, ?, ?, ?, 1)`,
  );
  const insertPayment = sqlite.prepare(
    "INSERT INTO transaction_payments (transaction_id, payment_method_id, value, eligible_for_membership) VALUES (?, ?, ?, 1)",
  );
  const maxId = (table: string) =>
    sqlite.prepare<[], number>(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() ?? 0;

  return sqlite.transaction((): BulkSeedResult => {
    const firstUserId = maxId("users") + 1;
    const firstMembershipId = maxId("memberships") + 1;
    let searchTerms = 0;
    let transactions = 0;

    for (let i = 0; i < options.members; i++) {
      const userId = firstUserId + i;
      const membershipId = firstMembershipId + i;
      const first = pick(FIRST_NAMES, i);
      const last = pick(LAST_NAMES, Math.floor(i / FIRST_NAMES.length) + i * 7);
      const name = `${first} ${last}`;
      const email = `${first}.${last}.${userId}@bulk.example.com`.toLowerCase();
      const phone = `${BULK_PHONE_PREFIX}${String(userId).padStart(8, "0")}`;
      const card = `${BULK_CARD_PREFIX}${String(userId).padStart(10, "0")}`;
      const startDate = dateFrom(Date.UTC(2020, 0, 1), (i * 7919) % 1800);
      const createdAt = `${startDate}T03:00:00.000+00:00`;
      const levelIndex = levelFor(i);
      const level = demoLevels[levelIndex] ?? demoLevels[0];

      insertUser.run(
        userId,
        name,
        email,
        phone,
        dateFrom(Date.UTC(1965, 0, 1), (i * 104729) % 14600),
        (i % 2) + 1,
        `Jl. ${pick(LAST_NAMES, i * 13)} No. ${(i % 200) + 1}, Jakarta`,
        createdAt,
        createdAt,
      );
      insertMembership.run(
        membershipId,
        userId,
        merchantId,
        levelIds.get(level.code),
        (i * 37) % 300,
        i % 10 === 0 ? ((i * 31) % 50) * 1000 : 0,
        level.minSpending + ((i * 7) % 100) * 10_000,
        referralCode(membershipId),
        startDate,
        pick(STORES, i),
        createdAt,
        createdAt,
      );
      insertCard.run(merchantId, membershipId, card, createdAt);
      for (const term of memberSearchTerms({ name, email, phone, cardNumbers: [card] })) {
        insertTerm.run(merchantId, term, membershipId);
        searchTerms += 1;
      }

      for (let k = 0; k < i % 3; k++) {
        const [product, price] = pick(PRODUCTS, i + k);
        const quantity = 1 + ((i + k) % 3);
        const total = price * quantity;
        const day = dateFrom(Date.UTC(2024, 0, 1), (i * 31 + k * 97) % 700);
        const created = `${day}T05:${String((i + k) % 60).padStart(2, "0")}:00.000+00:00`;
        const storeId = pick(STORES, i + k);
        const { lastInsertRowid } = insertTransaction.run(
          merchantId,
          storeId,
          membershipId,
          `BULK-${membershipId}-${k + 1}`,
          day,
          created,
          total,
          total,
          Math.floor(total / 10_000),
          created,
        );
        insertItem.run(lastInsertRowid, product, quantity, total);
        if (paymentMethodId !== undefined) insertPayment.run(lastInsertRowid, paymentMethodId, total);
        transactions += 1;
      }
    }

    return {
      members: options.members,
      firstUserId,
      lastUserId: firstUserId + options.members - 1,
      searchTerms,
      transactions,
      ms: performance.now() - started,
    };
  })();
}

/** What a benchmark or test can type to find bulk member number `userId`. */
export function bulkMemberIdentifiers(userId: number) {
  const phone = `${BULK_PHONE_PREFIX}${String(userId).padStart(8, "0")}`;
  return {
    phone,
    localPhone: phoneSearchForms(phone)[1] ?? phone,
    card: `${BULK_CARD_PREFIX}${String(userId).padStart(10, "0")}`,
  };
}

function levelIdsByCode(sqlite: Database, merchantId: number): Map<number, number> {
  const rows = sqlite
    .prepare<[number], { id: number; code: number }>("SELECT id, code FROM membership_levels WHERE merchant_id = ?")
    .all(merchantId);
  const ids = new Map(rows.map((row) => [row.code, row.id]));
  for (const level of demoLevels) {
    if (!ids.has(level.code)) {
      throw new Error(`Merchant ${merchantId} has no level ${level.code}: seed the demo data first.`);
    }
  }
  return ids;
}

function levelFor(index: number): number {
  // A fixed low-discrepancy spread, so every prefix of the members has about the same mix.
  const position = (index * 0.6180339887) % 1;
  let cumulative = 0;
  for (const [level, share] of LEVEL_SHARE.entries()) {
    cumulative += share;
    if (position < cumulative) return level;
  }
  return 0;
}

function pick<T>(values: readonly T[], index: number): T {
  const value = values[index % values.length];
  if (value === undefined) throw new Error("pick from an empty list");
  return value;
}

function dateFrom(startUtcMs: number, days: number): string {
  return new Date(startUtcMs + days * 86_400_000).toISOString().slice(0, 10);
}
