import { notFound, ruleViolation } from "../http/errors";
import type { Stores } from "../db/stores";
import { notOwnedMessage } from "./voucher-rules";
import { createVoucherList } from "./voucher-list";
import { voucherDetailsJson, voucherListJson } from "./voucher-json";
import type { VoucherRow } from "./voucher-store";

export type MemberVouchersQuery = {
  user: string;
  channel?: number | undefined;
  per_page?: number | undefined;
  last_voucher_id?: number | undefined;
};

/**
 * GET /api/vouchers/by-merchant-group, count-by-merchant-group and details: the member's usable
 * vouchers at every merchant of the token merchant's group, oldest first, paged by
 * `last_voucher_id` (exclusive) and `per_page` (all when absent).
 */
export function createMemberVouchers(deps: Stores) {
  const list = createVoucherList(deps.sqlite);

  const filterFor = (merchantId: number, user: string, channel: number | undefined) => {
    const ctx = deps.context.begin(merchantId);
    const member = deps.context.requireMembership(ctx, user);
    const { groupId } = ctx.merchant;
    return {
      ctx,
      member,
      filter: { userId: member.userId, groupId, merchantId, today: ctx.today, channel: channel ?? null },
    };
  };

  return {
    byMerchantGroup: (merchantId: number, query: MemberVouchersQuery) => {
      const { filter } = filterFor(merchantId, query.user, query.channel);
      const rows = list.page({ ...filter, afterId: query.last_voucher_id ?? 0, limit: query.per_page ?? -1 });
      const vouchers = rows.flatMap((row) => deps.vouchers.byId(row.merchantId, row.id) ?? []);
      return { vouchers: vouchers.map(voucherListJson) };
    },

    countByMerchantGroup: (merchantId: number, query: { user: string }) => {
      const { filter } = filterFor(merchantId, query.user, undefined);
      return { count: list.count(filter) };
    },

    details: (merchantId: number, query: { user: string; code: string }) => {
      const { member } = filterFor(merchantId, query.user, undefined);
      const voucher: VoucherRow | undefined = deps.vouchers.byCode(merchantId, query.code);
      if (!voucher) throw notFound(`Voucher with code "${query.code}" not found.`);
      if (voucher.membershipId !== member.id) {
        throw ruleViolation("user", notOwnedMessage(member.name), "invalid_voucher_owner");
      }
      return voucherDetailsJson(voucher);
    },
  };
}
