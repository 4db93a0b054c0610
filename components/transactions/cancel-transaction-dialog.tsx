"use client";

import { TriangleAlert } from "lucide-react";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { formatDate, formatRupiah } from "@/lib/format";
import type { TTransactionChangeResult, TTransactionDetail } from "@/lib/schemas/transactions";
import { api } from "@/lib/trpc/react";
import { stampsText } from "./transaction-bits";

/**
 * Cancels by invoice number and date, as Stamps' cancel asks, after showing the stamps it takes back.
 * Mount it with a new key each time it opens.
 */
export function CancelTransactionDialog({
  transaction,
  open,
  onOpenChange,
  onCanceled,
}: {
  transaction: TTransactionDetail & { invoiceNumber: string; businessDate: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCanceled: (result: TTransactionChangeResult) => Promise<void>;
}) {
  const merchant = useMerchant();
  const cancel = api.transactions.cancel.useMutation();
  const clawback = transaction.stamps ?? 0;
  const member = transaction.member;
  const short = member !== null && member.stamps < clawback;

  return (
    <ConfirmActionDialog
      reasonFor="transaction.cancel"
      open={open}
      onOpenChange={onOpenChange}
      title={`Cancel invoice ${transaction.invoiceNumber}?`}
      confirmLabel="Cancel transaction"
      destructive
      onConfirm={async (reason) => {
        const result = await cancel.mutateAsync({
          merchantId: merchant.id,
          transactionId: transaction.id,
          ...(member && { memberId: member.id }),
          invoiceNumber: transaction.invoiceNumber,
          date: transaction.businessDate,
          reason,
        });
        await onCanceled(result);
      }}
    >
      <p>
        Stamps cancels this sale of {formatRupiah(transaction.value)} ({formatDate(transaction.businessDate)},{" "}
        {transaction.store.name ?? "unknown store"}) and takes back the stamps it earned. This can&apos;t be undone.
      </p>
      <div className="grid gap-2 rounded-md border border-destructive/30 bg-destructive/5 p-3" data-testid="clawback">
        <div className="flex items-baseline justify-between gap-3">
          <span className="text-sm font-medium text-foreground">Stamps taken back</span>
          <span className="text-2xl font-semibold text-destructive tabular-nums">−{stampsText(clawback)}</span>
        </div>
        {member ? (
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span>{member.name}</span>
            <span className="text-foreground tabular-nums">
              {stampsText(member.stamps)} → <strong>{short ? "refused" : stampsText(member.stamps - clawback)}</strong>
            </span>
          </div>
        ) : (
          <p className="text-sm">The member who earned them loses {stampsText(clawback)}.</p>
        )}
      </div>
      {short ? (
        <div
          role="note"
          className="flex gap-2 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm text-foreground"
        >
          <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
          <p>
            {member.name} has only {stampsText(member.stamps)} left, fewer than this sale earned, so Stamps will refuse
            to cancel it. Take off only what was refunded with Modify instead, or cancel the redemption that used the
            stamps first.
          </p>
        </div>
      ) : null}
    </ConfirmActionDialog>
  );
}
