import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { listAllVouchers, toVoucherSummary, type VoucherSummary } from "./redemption-member";

/** The member's usable vouchers, soonest to expire first: the ones a POS most likely failed on. */
export async function listVoucherOptions(
  stamps: StampsClient,
  merchant: number,
  memberId: number,
): Promise<VoucherSummary[]> {
  const member = await resolveMember(stamps, merchant, memberId);
  const vouchers = (await listAllVouchers(stamps, member.identifier)).map(toVoucherSummary);
  return vouchers.sort((a, b) => (a.endDate ?? "9999").localeCompare(b.endDate ?? "9999") || a.id - b.id);
}
