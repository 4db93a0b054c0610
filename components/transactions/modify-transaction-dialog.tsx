"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Info } from "lucide-react";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { FormDialog, FormDialogFooter } from "@/components/console/form-dialog";
import { useSave } from "@/components/console/form-helpers";
import { useServerErrors } from "@/components/console/use-server-errors";
import { useMerchant } from "@/components/console/merchant-context";
import { Form } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { formatNumber, formatRupiah } from "@/lib/format";
import {
  ZModifyValues,
  type TModifyValues,
  type TStampsPreview,
  type TTransactionChangeResult,
  type TTransactionDetail,
} from "@/lib/schemas/transactions";
import { api } from "@/lib/trpc/react";
import { TextField } from "@/components/console/text-field";
import { Fact, MoneyInput, stampsText } from "./transaction-bits";

type Values = z.output<typeof ZModifyValues>;
const FIELDS = ["takeOffTotal", "takeOffSubtotal", "items"] as const;

function StampsChange({ preview, memberName }: { preview: TStampsPreview; memberName: string | null }) {
  const before = preview.currentStamps ?? 0;
  const change = preview.newStamps - before;
  return (
    <div className="grid gap-1 rounded-md border p-3" data-testid="modify-preview">
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium text-foreground">Stamps this transaction earns</span>
        <span className="text-lg font-semibold text-foreground tabular-nums">
          {formatNumber(before)} → {formatNumber(preview.newStamps)}
        </span>
      </div>
      <p className="text-sm">
        {change === 0
          ? `${memberName ?? "The member"} keeps the same stamps.`
          : change < 0
            ? `${memberName ?? "The member"} loses ${stampsText(-change)}.`
            : `${memberName ?? "The member"} gains ${stampsText(change)}.`}
      </p>
    </div>
  );
}

/** Takes part of a transaction back: what to take off, a preview of the new stamps, then a reason. */
export function ModifyTransactionDialog({
  transaction,
  open,
  onOpenChange,
  onModified,
}: {
  transaction: TTransactionDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onModified: (result: TTransactionChangeResult) => Promise<void>;
}) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const modify = api.transactions.modify.useMutation();
  const [pending, setPending] = useState<{ values: Values; preview: TStampsPreview } | null>(null);
  const target = {
    merchantId: merchant.id,
    transactionId: transaction.id,
    ...(transaction.member && { memberId: transaction.member.id }),
  };
  // What Stamps would refuse after a round trip, said on the form: more returned than sold, or items back with no money.
  const schema = useMemo(
    () =>
      ZModifyValues.superRefine((values, ctx) => {
        values.items.forEach((item, index) => {
          const sold = transaction.items[index]?.quantity ?? 0;
          if (item.takeOffQuantity > sold) {
            ctx.addIssue({
              code: "custom",
              path: ["items", index, "takeOffQuantity"],
              message: `Only ${formatNumber(sold)} ${sold === 1 ? "was" : "were"} sold`,
            });
          }
        });
        if (values.items.some((item) => item.takeOffQuantity > 0) && values.takeOffTotal === 0) {
          ctx.addIssue({
            code: "custom",
            path: ["takeOffTotal"],
            message: "Enter the amount refunded for the returned items",
          });
        }
      }),
    [transaction.items],
  );
  const form = useForm<TModifyValues, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      takeOffTotal: "",
      takeOffSubtotal: transaction.subtotal === null ? 0 : "",
      items: transaction.items.map((item) => ({ productName: item.name ?? "", takeOffQuantity: "" })),
    },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const { busy, run: preview } = useSave(async (values: Values) => {
    setPending({ values, preview: await utils.transactions.previewModification.fetch({ ...target, ...values }) });
  }, serverErrors.report);

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      busy={busy || pending !== null}
      dirty={form.formState.isDirty}
      className="sm:max-w-xl"
      title={`Modify invoice ${transaction.invoiceNumber ?? `#${transaction.id}`}`}
      description="Enter what was refunded. Stamps recomputes the stamps from what is left."
    >
      <Form {...form}>
        <form onSubmit={(event) => void form.handleSubmit(preview)(event)} noValidate className="grid gap-5">
          <fieldset disabled={busy} className="grid gap-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                control={form.control}
                name="takeOffTotal"
                label="Take off the total"
                as={MoneyInput}
                autoFocus
                description={`Now ${formatRupiah(transaction.value)}`}
              />
              {transaction.subtotal === null ? null : (
                <TextField
                  control={form.control}
                  name="takeOffSubtotal"
                  label="Take off the subtotal"
                  as={MoneyInput}
                  description={`Now ${formatRupiah(transaction.subtotal)}`}
                />
              )}
            </div>
            {transaction.items.length > 0 ? (
              <div className="grid gap-2" role="group" aria-label="Items to take off">
                <p className="text-sm font-medium">Items returned</p>
                <ul className="divide-y rounded-md border">
                  {transaction.items.map((item, index) => {
                    const error = form.formState.errors.items?.[index]?.takeOffQuantity?.message;
                    return (
                      <li key={item.id ?? index} className="grid gap-1 px-3 py-2">
                        <div className="flex items-center justify-between gap-3">
                          <span className="min-w-0 truncate text-sm">
                            {item.name}{" "}
                            <span className="text-muted-foreground">· {formatNumber(item.quantity)} sold</span>
                          </span>
                          <Input
                            aria-label={`Quantity of ${item.name} to take off`}
                            aria-invalid={error ? true : undefined}
                            aria-describedby={error ? `take-off-${index}-error` : undefined}
                            inputMode="decimal"
                            placeholder="0"
                            className="w-24 text-right tabular-nums"
                            {...form.register(`items.${index}.takeOffQuantity`)}
                          />
                        </div>
                        {error ? (
                          <p id={`take-off-${index}-error`} className="text-right text-sm text-destructive">
                            {error}
                          </p>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
                {form.formState.errors.items?.message ? (
                  <p role="alert" className="text-sm text-destructive">
                    {form.formState.errors.items.message}
                  </p>
                ) : null}
              </div>
            ) : null}
          </fieldset>
          <FormDialogFooter
            submitLabel="Preview new stamps"
            cancelLabel="Close"
            busy={busy}
            onCancel={() => onOpenChange(false)}
          />
        </form>
      </Form>
      {pending ? (
        <ConfirmActionDialog
          reasonFor="transaction.modify"
          open
          onOpenChange={(next) => !next && setPending(null)}
          title="Modify this transaction?"
          confirmLabel="Modify transaction"
          onConfirm={async (reason) => {
            await onModified(await modify.mutateAsync({ ...target, ...pending.values, reason }));
            setPending(null);
          }}
        >
          <dl className="grid grid-cols-2 gap-3 rounded-md bg-muted/50 p-3">
            <Fact label="Value">
              {formatRupiah(transaction.value)} → {formatRupiah(pending.preview.newValue)}
            </Fact>
            <Fact label="Taken off">
              −{formatRupiah(pending.values.takeOffTotal)}
              {pending.values.items.some((item) => item.takeOffQuantity > 0)
                ? ` · ${pending.values.items
                    .filter((item) => item.takeOffQuantity > 0)
                    .map((item) => `${formatNumber(item.takeOffQuantity)} × ${item.productName}`)
                    .join(", ")}`
                : ""}
            </Fact>
          </dl>
          <StampsChange preview={pending.preview} memberName={transaction.member?.name ?? null} />
          <p className="flex gap-2 text-sm" role="note">
            <Info className="mt-0.5 size-4 shrink-0" aria-hidden />
            Vouchers already issued for this transaction (transaction or product bonuses) are not taken back, even if
            the new value no longer qualifies for them.
          </p>
        </ConfirmActionDialog>
      ) : null}
    </FormDialog>
  );
}
