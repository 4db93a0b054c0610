"use client";

import { ArrowLeft, ListPlus, PencilLine, SearchX, Undo2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { ActiveMerchant } from "@/components/console/active-merchant";
import { useMerchant } from "@/components/console/merchant-context";
import { getErrorCode, getErrorMessage } from "@/lib/errors";
import { formatDateTime, formatNumber, formatRupiah } from "@/lib/format";
import type { TTransactionChangeResult } from "@/lib/schemas/transactions";
import { api } from "@/lib/trpc/react";
import { CancelTransactionDialog } from "./cancel-transaction-dialog";
import { ChangeResult } from "./change-result";
import { CompleteItemsDialog } from "./complete-items-dialog";
import { ModifyTransactionDialog } from "./modify-transaction-dialog";
import { TransactionLines, TransactionMemberCard } from "./transaction-sections";
import { Fact, StatusBadge, useInvalidateAfterChange } from "./transaction-bits";

type Action = "cancel" | "modify" | "complete";
const RESULT_TITLES: Record<Action, string> = {
  cancel: "Transaction cancelled",
  modify: "Transaction modified",
  complete: "Items recorded",
};

/** One transaction as Stamps holds it, with what an agent can do to it. */
export function TransactionDetail({ transactionId, memberId }: { transactionId: number; memberId?: number }) {
  const merchant = useMerchant();
  const query = api.transactions.get.useQuery({
    merchantId: merchant.id,
    transactionId,
    ...(memberId && { memberId }),
  });
  const invalidate = useInvalidateAfterChange();
  const [action, setAction] = useState<{ kind: Action; key: number } | null>(null);
  const [result, setResult] = useState<{ kind: Action; value: TTransactionChangeResult } | null>(null);
  const back = memberId
    ? { href: `/members/${memberId}`, label: "Member" }
    : { href: "/transactions", label: "Transactions" };

  const done = (kind: Action) => async (value: TTransactionChangeResult) => {
    setAction(null);
    setResult({ kind, value });
    toast.success(RESULT_TITLES[kind]);
    await invalidate();
  };
  const open = (kind: Action) => setAction({ kind, key: Date.now() });
  // Mounted only while open, so each opening starts from the transaction as it is now.
  const dialogProps = { open: true, onOpenChange: (next: boolean) => !next && setAction(null) };

  const t = query.data;
  return (
    <div className="grid max-w-5xl gap-6">
      <Button asChild variant="ghost" size="sm" className="justify-self-start">
        <Link href={back.href}>
          <ArrowLeft className="size-4" aria-hidden />
          {back.label}
        </Link>
      </Button>
      {query.isPending ? <Skeleton className="h-64" aria-label="Loading the transaction" /> : null}
      {query.error ? (
        <div role="alert" className="flex items-start gap-3 rounded-lg border bg-muted/50 p-4 text-sm">
          <SearchX className="mt-0.5 size-5 text-muted-foreground" aria-hidden />
          <div>
            <p className="font-medium">
              {getErrorCode(query.error) === "NOT_FOUND" ? "No such transaction" : "Could not load the transaction"}
            </p>
            <p className="text-muted-foreground">{getErrorMessage(query.error)}</p>
          </div>
        </div>
      ) : null}
      {t ? (
        <>
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div className="grid gap-1">
              <div className="flex flex-wrap items-center gap-2">
                <h1 className="text-2xl font-semibold tracking-tight">Invoice {t.invoiceNumber ?? `#${t.id}`}</h1>
                {t.invoiceNumber ? <CopyButton value={t.invoiceNumber} label="invoice number" /> : null}
                <StatusBadge status={t.status} modified={Boolean(t.modifiedAt)} />
              </div>
              <p className="text-sm text-muted-foreground">
                Transaction #{t.id} · {t.createdAt ? formatDateTime(t.createdAt, merchant.timeZone) : "—"} ·{" "}
                {t.store.name ?? "Unknown store"}
              </p>
              <ActiveMerchant />
            </div>
            {t.status !== "Canceled" ? (
              <div className="flex flex-wrap gap-2">
                {t.items.length === 0 ? (
                  <Button variant="outline" onClick={() => open("complete")}>
                    <ListPlus className="size-4" aria-hidden />
                    Record items
                  </Button>
                ) : null}
                <Button variant="outline" onClick={() => open("modify")}>
                  <PencilLine className="size-4" aria-hidden />
                  Modify
                </Button>
                {t.invoiceNumber && t.businessDate ? (
                  <Button
                    variant="outline"
                    className="text-destructive hover:text-destructive"
                    onClick={() => open("cancel")}
                  >
                    <Undo2 className="size-4" aria-hidden />
                    Cancel transaction
                  </Button>
                ) : null}
              </div>
            ) : null}
          </div>
          {result ? (
            <ChangeResult
              title={RESULT_TITLES[result.kind]}
              result={result.value}
              memberName={t.member?.name}
              onDismiss={() => setResult(null)}
            />
          ) : null}
          <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
            <Card>
              <CardHeader>
                <CardTitle>Sale</CardTitle>
                <CardDescription>{t.type ? `${t.type} · ` : ""}Values in Rupiah as Stamps holds them</CardDescription>
              </CardHeader>
              <CardContent>
                <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
                  <div className="rounded-lg bg-muted/60 p-3">
                    <dt className="text-xs text-muted-foreground">Value</dt>
                    <dd className="text-xl font-semibold tabular-nums" data-testid="transaction-value">
                      {formatRupiah(t.value)}
                    </dd>
                  </div>
                  <div className="rounded-lg bg-muted/60 p-3">
                    <dt className="text-xs text-muted-foreground">Stamps earned</dt>
                    <dd className="text-xl font-semibold tabular-nums" data-testid="transaction-stamps">
                      {t.stamps === null ? "—" : formatNumber(t.stamps)}
                    </dd>
                  </div>
                  <Fact label="Subtotal">{t.subtotal === null ? "—" : formatRupiah(t.subtotal)}</Fact>
                  <Fact label="Discount">{t.discount === null ? "—" : formatRupiah(t.discount)}</Fact>
                  <Fact label="Tax">{t.tax === null ? "—" : formatRupiah(t.tax)}</Fact>
                  <Fact label="Service charge">{t.serviceCharge === null ? "—" : formatRupiah(t.serviceCharge)}</Fact>
                </dl>
                {t.notes ? <p className="mt-4 text-sm text-muted-foreground">Notes: {t.notes}</p> : null}
              </CardContent>
            </Card>
            <TransactionMemberCard transaction={t} askedFor={memberId} />
          </div>
          <TransactionLines transaction={t} />
          {action?.kind === "cancel" && t.invoiceNumber && t.businessDate ? (
            <CancelTransactionDialog
              key={action.key}
              {...dialogProps}
              transaction={{ ...t, invoiceNumber: t.invoiceNumber, businessDate: t.businessDate }}
              onCanceled={done("cancel")}
            />
          ) : null}
          {action?.kind === "modify" ? (
            <ModifyTransactionDialog key={action.key} {...dialogProps} transaction={t} onModified={done("modify")} />
          ) : null}
          {action?.kind === "complete" ? (
            <CompleteItemsDialog key={action.key} {...dialogProps} transaction={t} onCompleted={done("complete")} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
