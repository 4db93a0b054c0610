import { Ticket } from "lucide-react";
import { formatDate, formatNumber, formatRupiah } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";

export type VoucherSummary = NonNullable<RouterOutputs["redemptions"]["cancel"]["replacementVoucher"]>;

export function validity(voucher: Pick<VoucherSummary, "startDate" | "endDate">) {
  if (voucher.startDate && voucher.endDate) return `${formatDate(voucher.startDate)} – ${formatDate(voucher.endDate)}`;
  if (voucher.endDate) return `until ${formatDate(voucher.endDate)}`;
  return "—";
}

/** A voucher as the member will see it: the code to show at the counter, its value and validity. */
export function VoucherTicket({ voucher, label }: { voucher: VoucherSummary; label: string }) {
  return (
    <div className="overflow-hidden rounded-lg border bg-card" data-testid="voucher-ticket">
      <div className="flex items-center gap-2 border-b border-dashed bg-muted/40 px-4 py-2 text-xs font-medium text-muted-foreground">
        <Ticket className="size-3.5" aria-hidden />
        {label}
      </div>
      <div className="grid gap-3 p-4">
        <div>
          <p className="text-xs text-muted-foreground">Code</p>
          <p className="font-mono text-xl font-semibold tracking-wider" data-testid="voucher-code">
            {voucher.code ?? `#${voucher.id}`}
          </p>
          {voucher.name ? <p className="text-sm">{voucher.name}</p> : null}
        </div>
        <dl className="flex flex-wrap gap-x-8 gap-y-3 text-sm">
          <div>
            <dt className="text-xs text-muted-foreground">Value</dt>
            <dd className="font-medium tabular-nums">{voucher.value === null ? "—" : formatRupiah(voucher.value)}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Valid</dt>
            <dd className="font-medium">{validity(voucher)}</dd>
          </div>
          {voucher.quantity !== null && voucher.quantity > 1 ? (
            <div>
              <dt className="text-xs text-muted-foreground">Uses</dt>
              <dd className="font-medium tabular-nums">{formatNumber(voucher.quantity)}</dd>
            </div>
          ) : null}
        </dl>
      </div>
    </div>
  );
}
