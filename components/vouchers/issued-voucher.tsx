"use client";

import { CheckCircle2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { DialogFooter } from "@/components/ui/dialog";
import { formatDate, formatNumber, formatRupiah } from "@/lib/format";
import type { RouterOutputs } from "@/lib/trpc/react";

type Issued = RouterOutputs["vouchers"]["issue"];

/** What Stamps issued: the code to give the member, its validity, uses and value. */
export function IssuedVoucher({ voucher, onDone }: { voucher: Issued; onDone: () => void }) {
  return (
    <div className="grid gap-4" data-testid="issued-voucher">
      <div className="flex items-start gap-3 rounded-lg border bg-muted/60 p-4">
        <CheckCircle2 className="mt-0.5 size-5 shrink-0 text-success" aria-hidden />
        <dl className="grid flex-1 grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-muted-foreground">Code</dt>
          <dd className="flex items-center gap-1 font-mono font-semibold" data-testid="issued-voucher-code">
            {voucher.code ?? "Shown in the member's Vouchers tab"}
            {voucher.code ? <CopyButton value={voucher.code} label="voucher code" /> : null}
          </dd>
          {voucher.name ? (
            <>
              <dt className="text-muted-foreground">Voucher</dt>
              <dd>{voucher.name}</dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">Valid</dt>
          <dd>
            {formatDate(voucher.startDate)} – {formatDate(voucher.endDate)}
          </dd>
          <dt className="text-muted-foreground">Uses</dt>
          <dd>{voucher.quantity === null ? "—" : formatNumber(voucher.quantity)}</dd>
          {voucher.value !== null ? (
            <>
              <dt className="text-muted-foreground">Value</dt>
              <dd>{formatRupiah(voucher.value)}</dd>
            </>
          ) : null}
          <dt className="text-muted-foreground">Stamps ID</dt>
          <dd className="tabular-nums">{voucher.id}</dd>
        </dl>
      </div>
      <DialogFooter>
        <Button onClick={onDone} autoFocus>
          Done
        </Button>
      </DialogFooter>
    </div>
  );
}
