import { todayIn } from "@/lib/merchant-time";
import type { TVoucherSummary } from "@/lib/schemas/vouchers";
import { resolveMember } from "@/server/services/members/resolve-member";
import { listAllVouchers } from "@/server/services/vouchers/list-all-vouchers";
import { toVoucherSummary } from "@/server/services/vouchers/voucher-summary";
import type { StampsClient } from "@/server/stamps";

/** The member's usable vouchers, soonest to expire first: the ones a POS most likely failed on. */
export async function findVoucherOptions(
  stamps: StampsClient,
  merchant: { stampsMerchantId: number; timeZone: string },
  memberId: number,
): Promise<TVoucherSummary[]> {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, memberId);
  const today = todayIn(merchant.timeZone);
  const vouchers = (await listAllVouchers(stamps, member.identifier)).map((voucher) =>
    toVoucherSummary(voucher, today),
  );
  return vouchers.sort((a, b) => (a.endDate ?? "9999").localeCompare(b.endDate ?? "9999") || a.id - b.id);
}
