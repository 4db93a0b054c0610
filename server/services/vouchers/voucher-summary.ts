import type { TVoucherSummary } from "@/lib/schemas/vouchers";
import { STAMPS_CHANNELS, STAMPS_VOUCHER_TEMPLATE_TYPES, type TStampsVoucher } from "@/server/stamps";

/**
 * The voucher's own name, else its template's. Stamps' redemption and validate answers name only the
 * voucher; where both are given the voucher's own is the more specific (the one on the member's ticket).
 */
export function voucherName(voucher: Pick<TStampsVoucher, "id" | "name" | "template">): string {
  return voucher.name ?? voucher.template?.name ?? `Voucher ${voucher.id}`;
}

function statusOf(voucher: TStampsVoucher, today: string): TVoucherSummary["status"] {
  if (voucher.end_date && voucher.end_date < today) return "expired";
  if (voucher.is_active === false) return "inactive";
  if (voucher.start_date && voucher.start_date > today) return "upcoming";
  return "active";
}

/** A Stamps voucher as every screen shows it; `today` (YYYY-MM-DD, the merchant's) decides its status. */
export function toVoucherSummary(voucher: TStampsVoucher, today: string): TVoucherSummary {
  const type = voucher.template?.type;
  return {
    id: voucher.id,
    code: voucher.code,
    name: voucherName(voucher),
    templateId: voucher.template?.id ?? null,
    templateType: type == null ? null : (STAMPS_VOUCHER_TEMPLATE_TYPES[type] ?? `Type ${type}`),
    value: voucher.value,
    quantity: voucher.quantity,
    startDate: voucher.start_date,
    endDate: voucher.end_date,
    status: statusOf(voucher, today),
    channels: (voucher.constraint?.channels ?? []).map((channel) => STAMPS_CHANNELS[channel] ?? `Channel ${channel}`),
    shortDescription: voucher.template?.short_description ?? voucher.short_description,
    notes: voucher.notes,
  };
}
