import type { StampsClient } from "@/server/stamps";
import { listAllVouchers, toVoucherSummary, type VoucherSummary } from "./redemption-member";

/** The member's usable vouchers, soonest to expire first: the ones a POS most likely failed on. */
export async function listVoucherOptions(stamps: StampsClient, user: string): Promise<VoucherSummary[]> {
  const vouchers = (await listAllVouchers(stamps, user)).map(toVoucherSummary);
  return vouchers.sort((a, b) => (a.endDate ?? "9999").localeCompare(b.endDate ?? "9999") || a.id - b.id);
}
