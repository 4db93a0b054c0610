import type { StampsClient, TStampsVoucher } from "@/server/stamps";

export type VoucherSummary = {
  id: number;
  code: string | null;
  name: string | null;
  value: number | null;
  quantity: number | null;
  startDate: string | null;
  endDate: string | null;
};

export function toVoucherSummary(voucher: TStampsVoucher): VoucherSummary {
  return {
    id: voucher.id,
    code: voucher.code,
    name: voucher.name ?? voucher.template?.name ?? null,
    value: voucher.value,
    quantity: voucher.quantity,
    startDate: voucher.start_date,
    endDate: voucher.end_date,
  };
}

export type RedemptionResult = {
  redemptionId: number;
  status: string | null;
  /** What was redeemed, as Stamps names it. */
  item: string | null;
  stampsUsed: number | null;
  member: { id: number; name: string };
  stampsBefore: number;
  stampsAfter: number | null;
  /** A voucher the redemption gave the member (a voucher-type reward or promo code). */
  issuedVoucher: VoucherSummary | null;
};

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
