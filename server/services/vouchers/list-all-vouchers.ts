import type { StampsClient, TStampsVoucher } from "@/server/stamps";

const PAGE = 100;
const MAX_PAGES = 20;

/** All of a member's usable vouchers, following Stamps' last_voucher_id pages. */
export async function listAllVouchers(stamps: StampsClient, user: string): Promise<TStampsVoucher[]> {
  const byId = new Map<number, TStampsVoucher>();
  let after: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { vouchers } = await stamps.vouchers.byMerchantGroup({ user, per_page: PAGE, last_voucher_id: after });
    for (const voucher of vouchers) byId.set(voucher.id, voucher);
    const last = vouchers.at(-1);
    // A server that ignores the paging parameters answers the same page again.
    if (vouchers.length < PAGE || !last || last.id === after) break;
    after = last.id;
  }
  return [...byId.values()];
}
