"use client";

import type { z } from "zod";
import { formatDateTime, formatRupiah } from "@/lib/format";
import type { TStampsPreview, ZAddTransactionFields } from "@/lib/schemas/transactions";
import type { RouterOutputs } from "@/lib/trpc/react";
import { Fact, stampsText } from "./transaction-bits";

/** What the agent is about to add, and the stamps Stamps previewed for it. */
export function AddTransactionSummary({
  member,
  values,
  preview,
}: {
  member: RouterOutputs["members"]["get"];
  values: z.output<typeof ZAddTransactionFields>;
  preview: TStampsPreview;
}) {
  return (
    <>
      <p>Stamps records the sale and credits the stamps below to {member.name}.</p>
      <dl className="grid grid-cols-2 gap-3 rounded-md bg-muted/50 p-3">
        <Fact label="Invoice">{values.invoiceNumber}</Fact>
        <Fact label="When">{formatDateTime(new Date(`${values.created}:00Z`), "UTC")}</Fact>
        <Fact label="Total value">{formatRupiah(values.totalValue)}</Fact>
        <Fact label="Items · payments">
          {values.items.length} · {values.payments.length}
        </Fact>
      </dl>
      <div className="rounded-md border border-success/40 bg-success/5 p-3" data-testid="earnings-preview">
        <p className="text-xs text-muted-foreground">Stamps&apos; preview</p>
        <p className="text-lg font-semibold text-foreground">+{stampsText(preview.newStamps)}</p>
        <p>
          {member.name}: {stampsText(member.stamps)} → {stampsText(member.stamps + preview.newStamps)}
        </p>
      </div>
    </>
  );
}
