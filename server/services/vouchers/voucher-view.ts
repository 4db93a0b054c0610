import type { TVoucherSummary } from "@/lib/schemas/voucher-view";
import { STAMPS_CHANNELS, STAMPS_VOUCHER_TEMPLATE_TYPES, type TStampsVoucher } from "@/server/stamps";

/** Today's date (YYYY-MM-DD) where the merchant is, which is what voucher validity dates mean. */
export function merchantToday(timeZone: string, now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

function statusOf(voucher: TStampsVoucher, today: string): TVoucherSummary["status"] {
  if (voucher.end_date && voucher.end_date < today) return "expired";
  if (voucher.is_active === false) return "inactive";
  if (voucher.start_date && voucher.start_date > today) return "upcoming";
  return "active";
}

export function toVoucherSummary(voucher: TStampsVoucher, today: string): TVoucherSummary {
  const type = voucher.template?.type;
  return {
    id: voucher.id,
    code: voucher.code,
    name: voucher.template?.name ?? voucher.name ?? `Voucher ${voucher.id}`,
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
