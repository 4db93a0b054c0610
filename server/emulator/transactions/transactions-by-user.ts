import type { Database } from "better-sqlite3";
import { z } from "zod";
import { bodyDate, bodyInteger } from "../http/body-fields";
import { notFound, permissionDenied } from "../http/errors";
import { queryString } from "../http/validation";
import { perDatabase } from "../loyalty/per-database";
import { memberStore } from "../members/member-store";
import { CHANNEL_TEXT, unixSeconds } from "./transaction-json";

export const BY_USER_PAGE_SIZE = 10;

/** `merchant_id` and `channel` repeat (`merchant_id=2&merchant_id=3`); "[0]" and "2,3" are read too. */
export const ZTransactionsByUserQuery = z.object({
  user: queryString(),
  last_transaction_id: bodyInteger.optional(),
  merchant_id: z.array(bodyInteger.required()),
  channel: z.array(bodyInteger.required()),
  start_date: bodyDate.optional(),
  end_date: bodyDate.optional(),
});
export type TTransactionsByUserQuery = z.infer<typeof ZTransactionsByUserQuery>;

export function transactionsByUserQuery(url: string): Record<string, unknown> {
  const params = new URL(url).searchParams;
  const list = (key: string) =>
    params
      .getAll(key)
      .flatMap((value) => value.replace(/^\[|\]$/g, "").split(","))
      .map((value) => value.trim())
      .filter((value) => value !== "");
  const single = (key: string) => params.getAll(key).at(-1);
  return {
    user: single("user"),
    last_transaction_id: single("last_transaction_id"),
    merchant_id: list("merchant_id"),
    channel: list("channel"),
    start_date: single("start_date"),
    end_date: single("end_date"),
  };
}

type Row = {
  id: number;
  value: number;
  stampsEarned: number;
  numberOfPeople: number | null;
  discount: number | null;
  subtotal: number | null;
  invoiceNumber: string;
  created: string;
  merchant: string;
  merchantId: number;
  status: number;
  channel: number | null;
  storeName: string;
  storeDisplayName: string;
};

const statements = perDatabase((sqlite: Database) => ({
  members: memberStore(sqlite),
  userOfMembership: sqlite.prepare<[number], number>("SELECT user_id FROM memberships WHERE id = ?").pluck(),
  groupMerchants: sqlite
    .prepare<[number, number], number>(
      `SELECT id FROM merchants WHERE id = ?
       OR group_id = (SELECT group_id FROM merchants WHERE id = ? AND group_id IS NOT NULL)`,
    )
    .pluck(),
  page: sqlite.prepare<Record<string, string | number | null>, Row>(
    `SELECT t.id, t.total_value AS value, t.stamps_earned AS stampsEarned, t.number_of_people AS numberOfPeople,
            t.discount, t.subtotal, t.invoice_number AS invoiceNumber, t.created, me.name AS merchant,
            t.merchant_id AS merchantId, t.status, t.channel, st.name AS storeName, st.display_name AS storeDisplayName
     FROM memberships m
     JOIN transactions t ON t.membership_id = m.id
     JOIN merchants me ON me.id = t.merchant_id
     JOIN stores st ON st.id = t.store_id
     WHERE m.user_id = :userId
       AND m.merchant_id IN (SELECT value FROM json_each(:merchants))
       AND (:channels IS NULL OR t.channel IN (SELECT value FROM json_each(:channels)))
       AND (:startDate IS NULL OR t.business_date >= :startDate)
       AND (:endDate IS NULL OR t.business_date <= :endDate)
       AND (:before IS NULL OR t.id < :before)
     ORDER BY t.id DESC
     LIMIT :limit`,
  ),
}));

/**
 * GET /api/transactions/by-user: the person's transactions, newest first, a page at a time
 * (`last_transaction_id` continues below the last id seen). By default the token's merchant only;
 * `merchant_id` may name merchants of the same group, `0` all of them.
 */
export function findTransactionsByUser(sqlite: Database, merchantId: number, query: TTransactionsByUserQuery) {
  const s = statements(sqlite);
  const group = s.groupMerchants.all(merchantId, merchantId);
  const asked = query.merchant_id.length === 0 ? [merchantId] : query.merchant_id;
  const merchants = asked.includes(0) ? group : asked;
  if (merchants.some((id) => !group.includes(id))) throw permissionDenied();

  const membershipId = s.members.findMembershipId(merchantId, query.user);
  if (membershipId === undefined) throw notFound(`Member with identifier "${query.user}" not found.`);
  const userId = s.userOfMembership.get(membershipId) ?? 0;

  const rows = s.page.all({
    userId,
    merchants: JSON.stringify(merchants),
    channels: query.channel.length === 0 ? null : JSON.stringify(query.channel),
    startDate: query.start_date ?? null,
    endDate: query.end_date ?? null,
    before: query.last_transaction_id ?? null,
    limit: BY_USER_PAGE_SIZE + 1,
  });

  return {
    transactions: rows.slice(0, BY_USER_PAGE_SIZE).map((row) => ({
      id: row.id,
      value: row.value,
      stamps_earned: row.stampsEarned,
      number_of_people: row.numberOfPeople,
      discount: row.discount,
      subtotal: row.subtotal,
      invoice_number: row.invoiceNumber,
      created: unixSeconds(row.created),
      merchant: row.merchant,
      merchant_id: row.merchantId,
      status: row.status,
      meta: { channel: row.channel, channel_text: row.channel === null ? null : (CHANNEL_TEXT[row.channel] ?? null) },
      store: { name: row.storeName, display_name: row.storeDisplayName },
    })),
    has_next: rows.length > BY_USER_PAGE_SIZE,
  };
}
