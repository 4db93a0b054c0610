import type { StampsClient } from "@/server/stamps";
import { toVoucherSummary, merchantToday } from "./voucher-view";

type Scope = { stamps: StampsClient; timeZone: string };

/**
 * One page of a member's vouchers, oldest first, after the voucher `cursor`. One more than asked is
 * fetched so the page knows whether another follows without a second call.
 */
export async function findMemberVouchers(
  { stamps, timeZone }: Scope,
  input: { user: string; cursor?: number | null; limit: number },
) {
  const { vouchers } = await stamps.vouchers.byMerchantGroup({
    user: input.user,
    per_page: input.limit + 1,
    last_voucher_id: input.cursor ?? undefined,
  });
  const page = vouchers.slice(0, input.limit);
  const today = merchantToday(timeZone);
  return {
    vouchers: page.map((voucher) => toVoucherSummary(voucher, today)),
    nextCursor: vouchers.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function countMemberVouchers(stamps: StampsClient, user: string) {
  const { count } = await stamps.vouchers.countByMerchantGroup({ user });
  return { count };
}
