"use client";

import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { useMerchant } from "@/components/console/merchant-context";
import { getErrorMessage } from "@/lib/errors";
import { formatDate, formatNumber, formatRupiah } from "@/lib/format";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { VoucherStatusBadge } from "./voucher-status";

type Voucher = RouterOutputs["vouchers"]["findMemberVouchers"]["vouchers"][number];

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

/** vouchers/details for one of the member's vouchers; the list's row is shown while it loads. */
export function VoucherDetailsDialog({
  memberId,
  voucher,
  onClose,
}: {
  memberId: number;
  voucher: Voucher;
  onClose: () => void;
}) {
  const merchant = useMerchant();
  const details = api.vouchers.get.useQuery(
    { merchantId: merchant.id, memberId, code: voucher.code ?? "" },
    { enabled: Boolean(voucher.code) },
  );
  const shown = details.data ?? voucher;

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="sm:max-w-lg" aria-describedby="voucher-details-description">
        <DialogHeader>
          <DialogTitle className="flex flex-wrap items-center gap-2">
            {shown.name} <VoucherStatusBadge status={shown.status} />
          </DialogTitle>
          <DialogDescription id="voucher-details-description">
            {shown.shortDescription ?? "Voucher details from Stamps."}
          </DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[9rem_1fr] gap-x-4 gap-y-2 text-sm" data-testid="voucher-details">
          <Row label="Code">
            <span className="font-mono font-semibold">{shown.code ?? "—"}</span>
            {shown.code ? <CopyButton value={shown.code} label="voucher code" /> : null}
          </Row>
          <Row label="Template">
            {shown.templateId === null ? "—" : `#${shown.templateId}`}
            {shown.templateType ? ` · ${shown.templateType}` : ""}
          </Row>
          <Row label="Value">{shown.value === null ? "—" : formatRupiah(shown.value)}</Row>
          <Row label="Uses left">{shown.quantity === null ? "—" : formatNumber(shown.quantity)}</Row>
          <Row label="Valid">
            {formatDate(shown.startDate)} – {formatDate(shown.endDate)}
          </Row>
          <Row label="Where it can be used">{shown.channels.length ? shown.channels.join(", ") : "Every channel"}</Row>
          {shown.notes ? <Row label="Notes">{shown.notes}</Row> : null}
          {details.data?.description ? <Row label="Description">{details.data.description}</Row> : null}
          {details.data?.instructions ? <Row label="How to use">{details.data.instructions}</Row> : null}
          {details.data?.termsAndConditions ? <Row label="Terms">{details.data.termsAndConditions}</Row> : null}
        </dl>
        {details.isLoading ? <Skeleton className="h-10" aria-label="Loading the details from Stamps" /> : null}
        {details.error ? (
          <p role="alert" className="text-sm text-destructive">
            Could not load the full details: {getErrorMessage(details.error)}
          </p>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
