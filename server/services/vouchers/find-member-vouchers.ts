import { todayIn } from "@/lib/merchant-time";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { toVoucherSummary } from "./voucher-summary";

/** The merchant's Stamps client, its Stamps id and its time zone (which voucher dates are in). */
export type VoucherScope = { stamps: StampsClient; merchant: { stampsMerchantId: number; timeZone: string } };

/**
 * One page of a member's vouchers, oldest first, after the voucher `cursor`. One more than asked is
 * fetched so the page knows whether another follows without a second call.
 */
export async function findMemberVouchers(
  { stamps, merchant }: VoucherScope,
  input: { memberId: number; cursor?: number | null; limit: number },
) {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const { vouchers } = await stamps.vouchers.byMerchantGroup({
    user: member.identifier,
    per_page: input.limit + 1,
    last_voucher_id: input.cursor ?? undefined,
  });
  const page = vouchers.slice(0, input.limit);
  const today = todayIn(merchant.timeZone);
  return {
    vouchers: page.map((voucher) => toVoucherSummary(voucher, today)),
    nextCursor: vouchers.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
