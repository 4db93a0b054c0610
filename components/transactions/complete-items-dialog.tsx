"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { FormDialog, FormDialogFooter } from "@/components/console/form-dialog";
import { useSave } from "@/components/console/form-helpers";
import { useServerErrors } from "@/components/console/use-server-errors";
import { useMerchant } from "@/components/console/merchant-context";
import { Form } from "@/components/ui/form";
import { formatNumber, formatRupiah } from "@/lib/format";
import {
  ZCompleteItemsValues,
  type TCompleteItemsValues,
  type TStampsPreview,
  type TTransactionChangeResult,
  type TTransactionDetail,
} from "@/lib/schemas/transactions";
import { api } from "@/lib/trpc/react";
import { ItemsEditor } from "./line-editors";
import { Fact, stampsText } from "./transaction-bits";

type Values = z.output<typeof ZCompleteItemsValues>;

/**
 * Records the items of a transaction that was sent without them (Stamps' add-or-update). Their line
 * totals must add up to its value; Stamps may then award item stamps.
 */
export function CompleteItemsDialog({
  transaction,
  open,
  onOpenChange,
  onCompleted,
}: {
  transaction: TTransactionDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCompleted: (result: TTransactionChangeResult) => Promise<void>;
}) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const complete = api.transactions.completeTransactionItems.useMutation();
  const [pending, setPending] = useState<{ values: Values; preview: TStampsPreview } | null>(null);
  const target = {
    merchantId: merchant.id,
    transactionId: transaction.id,
    ...(transaction.member && { memberId: transaction.member.id }),
  };
  const form = useForm<TCompleteItemsValues, unknown, Values>({
    resolver: zodResolver(ZCompleteItemsValues),
    defaultValues: { items: [{ productName: "", quantity: 1, subtotal: "", eligibleForStamps: true }] },
  });
  const serverErrors = useServerErrors(form, ["items"]);
  const { busy, run: preview } = useSave(async (values: Values) => {
    setPending({ values, preview: await utils.transactions.previewCompletion.fetch({ ...target, ...values }) });
  }, serverErrors.report);

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      busy={busy || pending !== null}
      className="sm:max-w-3xl"
      title={`Record the items of invoice ${transaction.invoiceNumber ?? `#${transaction.id}`}`}
      description={`Stamps has this sale without its items. Their line totals must add up to ${formatRupiah(transaction.value)}.`}
    >
      <Form {...form}>
        <form onSubmit={(event) => void form.handleSubmit(preview)(event)} noValidate className="grid gap-5">
          <fieldset disabled={busy}>
            <ItemsEditor priceRequired expectedTotal={transaction.value} />
          </fieldset>
          <FormDialogFooter
            submitLabel="Preview stamps"
            cancelLabel="Close"
            busy={busy}
            onCancel={() => onOpenChange(false)}
          />
        </form>
      </Form>
      {pending ? (
        <ConfirmActionDialog
          reasonFor="transaction.complete"
          open
          onOpenChange={(next) => !next && setPending(null)}
          title="Record these items?"
          confirmLabel="Record items"
          onConfirm={async (reason) => {
            await onCompleted(await complete.mutateAsync({ ...target, ...pending.values, reason }));
            setPending(null);
          }}
        >
          <p>Stamps records the items once; they cannot be changed afterwards except by Modify.</p>
          <ul className="grid gap-1 rounded-md bg-muted/50 p-3 text-sm">
            {pending.values.items.map((item, index) => (
              <li key={index} className="flex justify-between gap-3">
                <span>
                  {formatNumber(item.quantity)} × {item.productName}
                </span>
                <span className="tabular-nums">{formatRupiah(item.subtotal)}</span>
              </li>
            ))}
          </ul>
          <dl className="grid grid-cols-2 gap-3 rounded-md border p-3" data-testid="completion-preview">
            <Fact label="Stamps it earns now">{stampsText(pending.preview.currentStamps ?? 0)}</Fact>
            <Fact label="With these items (Stamps' preview)">{stampsText(pending.preview.newStamps)}</Fact>
          </dl>
          {transaction.status === "Open" ? (
            <p className="text-sm">This is an open transaction with no member, so no one earns stamps from it.</p>
          ) : null}
        </ConfirmActionDialog>
      ) : null}
    </FormDialog>
  );
}
