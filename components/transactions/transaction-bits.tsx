"use client";

import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import type { TTransactionStatus } from "@/lib/schemas/transactions";
import { formatNumber } from "@/lib/format";
import { api } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

const STATUS_LOOK: Record<TTransactionStatus, { label: string; variant: "outline" | "destructive" | "warning" }> = {
  New: { label: "Recorded", variant: "outline" },
  Canceled: { label: "Cancelled", variant: "destructive" },
  Open: { label: "Open · no member", variant: "warning" },
};

/** `modified`: changed after it was recorded (Stamps still says "New"). */
export function StatusBadge({ status, modified = false }: { status: TTransactionStatus | null; modified?: boolean }) {
  if (!status) return <Badge variant="outline">Unknown</Badge>;
  const look = status === "New" && modified ? { label: "Modified", variant: "outline" as const } : STATUS_LOOK[status];
  return (
    <Badge variant={look.variant} data-testid="transaction-status">
      {look.label}
    </Badge>
  );
}

export const transactionHref = (transactionId: number, memberId?: number) =>
  `/transactions/${transactionId}${memberId ? `?member=${memberId}` : ""}`;

/** "1 stamp", "1.250 stamps" */
export function stampsText(count: number) {
  return `${formatNumber(count)} stamp${count === 1 ? "" : "s"}`;
}

/** An amount field in Rupiah; people may type 50000 or 50.000. */
export function MoneyInput({ className, ...props }: React.ComponentProps<typeof Input>) {
  return (
    <div className="relative">
      <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-muted-foreground">
        Rp
      </span>
      <Input inputMode="decimal" autoComplete="off" className={cn("pl-9 tabular-nums", className)} {...props} />
    </div>
  );
}

/** After a change in Stamps: the member's stamps, their transactions and their staff activity are stale. */
export function useInvalidateAfterChange() {
  const utils = api.useUtils();
  return () =>
    Promise.all([
      utils.transactions.get.invalidate(),
      utils.transactions.findMemberTransactions.invalidate(),
      utils.members.get.invalidate(),
      utils.members.findMemberActivity.invalidate(),
    ]);
}

/** A small label/value pair for summaries in dialogs and cards. */
export function Fact({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={cn("min-w-0", className)}>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm font-medium break-words text-foreground tabular-nums">{children}</dd>
    </div>
  );
}
