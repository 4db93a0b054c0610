"use client";

import { CircleCheck, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatRupiah } from "@/lib/format";
import type { TTransactionChangeResult } from "@/lib/schemas/transactions";
import { Fact, stampsText } from "./transaction-bits";

/** What Stamps answered to a change, shown until the agent dismisses it. */
export function ChangeResult({
  title,
  result,
  memberName,
  onDismiss,
  children,
}: {
  title: string;
  result: TTransactionChangeResult;
  memberName?: string;
  onDismiss?: () => void;
  children?: React.ReactNode;
}) {
  const { transaction, member } = result;
  return (
    <section
      aria-label="What Stamps answered"
      data-testid="change-result"
      className="grid gap-4 rounded-lg border border-success/40 bg-success/5 p-4"
    >
      <div className="flex items-start gap-3">
        <CircleCheck className="mt-0.5 size-5 shrink-0 text-success" aria-hidden />
        <div className="min-w-0 flex-1">
          <h2 className="font-semibold">{title}</h2>
          <p className="text-sm text-muted-foreground">Stamps answered with the values below.</p>
        </div>
        {onDismiss ? (
          <Button variant="ghost" size="icon-sm" aria-label="Dismiss" onClick={onDismiss}>
            <X className="size-4" aria-hidden />
          </Button>
        ) : null}
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Fact label="Transaction">#{transaction.id}</Fact>
        <Fact label="Value">{formatRupiah(transaction.value)}</Fact>
        <Fact label={transaction.status === "Canceled" ? "Stamps taken back" : "Stamps it earns"}>
          <span data-testid="result-stamps-earned">
            {transaction.stampsEarned === null ? "—" : stampsText(transaction.stampsEarned)}
          </span>
        </Fact>
        <Fact label={memberName ? `${memberName} now has` : "Member now has"}>
          <span data-testid="result-member-stamps">
            {member?.stamps === null || member?.stamps === undefined ? "No member" : stampsText(member.stamps)}
          </span>
          {member?.level ? <span className="font-normal text-muted-foreground"> · {member.level}</span> : null}
        </Fact>
      </dl>
      {transaction.status ? <p className="text-sm">Status in Stamps: {transaction.status}</p> : null}
      {children ? <div className="flex flex-wrap gap-2">{children}</div> : null}
    </section>
  );
}
