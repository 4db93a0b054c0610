import type { Database } from "better-sqlite3";

export type VoucherListFilter = {
  userId: number;
  /** the token merchant's group; null lists the merchant's own vouchers only */
  groupId: number | null;
  merchantId: number;
  today: string;
  channel: number | null;
  afterId: number;
  /** -1 for no limit */
  limit: number;
};

// A member's usable vouchers across the merchant group: active, with uses left, not expired, and
// (with `channel`) redeemable on that channel. Walks the member's memberships, then their vouchers
// by the (membership_id, status) index.
const FROM_WHERE = `FROM memberships ms
  JOIN merchants m ON m.id = ms.merchant_id
  JOIN vouchers v ON v.membership_id = ms.id AND v.status = 'active'
  JOIN voucher_templates t ON t.id = v.template_id
  WHERE ms.user_id = @userId
    AND (m.id = @merchantId OR m.group_id = @groupId)
    AND v.end_date >= @today AND v.quantity > 0
    AND (t.value_type <> 'dynamic' OR coalesce(v.remaining_value, 0) > 0)
    AND (@channel IS NULL OR t.channels = '[]' OR EXISTS (SELECT 1 FROM json_each(t.channels) WHERE value = @channel))`;

export type VoucherList = ReturnType<typeof createVoucherList>;

export function createVoucherList(sqlite: Database) {
  const page = sqlite.prepare<VoucherListFilter, { id: number; merchantId: number }>(
    `SELECT v.id, v.merchant_id AS merchantId ${FROM_WHERE} AND v.id > @afterId ORDER BY v.id LIMIT @limit`,
  );
  const count = sqlite
    .prepare<Omit<VoucherListFilter, "afterId" | "limit">, number>(`SELECT count(*) ${FROM_WHERE}`)
    .pluck();

  return {
    page: (filter: VoucherListFilter) => page.all(filter),
    count: (filter: Omit<VoucherListFilter, "afterId" | "limit">) => count.get(filter) ?? 0,
  };
}
