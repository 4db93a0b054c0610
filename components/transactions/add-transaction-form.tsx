"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { useSave } from "@/components/console/form-helpers";
import { useFormDraft } from "@/components/console/use-form-draft";
import { useServerErrors } from "@/components/console/use-server-errors";
import { useMerchant } from "@/components/console/merchant-context";
import { StoreSelect } from "@/components/console/store-select";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTimeField } from "@/components/ui/date-time-field";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { nowInZone } from "@/lib/merchant-time";
import {
  CHANNEL_OPTIONS,
  TYPE_OPTIONS,
  ZAddTransactionFields,
  type TAddTransactionFields,
  type TStampsPreview,
  type TTransactionChangeResult,
} from "@/lib/schemas/transactions";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { AddTransactionSummary } from "./add-transaction-summary";
import { ChangeResult } from "./change-result";
import { TextField } from "@/components/console/text-field";
import { CodeSelect } from "./form-fields";
import { ItemsEditor, PaymentsEditor } from "./line-editors";
import { MoneyInput, transactionHref } from "./transaction-bits";

import { stampsText, useInvalidateAfterChange } from "./transaction-bits";

type Member = RouterOutputs["members"]["get"];
type Values = z.output<typeof ZAddTransactionFields>;

const FIELDS = [
  "store",
  "invoiceNumber",
  "created",
  "numberOfPeople",
  "totalValue",
  "subTotal",
  "discount",
  "tax",
  "serviceCharge",
  "items",
  "payments",
] as const;

/** Records a sale the POS did not send, for one member: previewed by Stamps first, then confirmed with a reason. */
export function AddTransactionForm({ member }: { member: Member }) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const add = api.transactions.add.useMutation();
  const invalidate = useInvalidateAfterChange();
  const [pending, setPending] = useState<{ values: Values; preview: TStampsPreview } | null>(null);
  const [result, setResult] = useState<TTransactionChangeResult | null>(null);
  const defaults: DefaultValues<TAddTransactionFields> = {
    invoiceNumber: "",
    created: nowInZone(merchant.timeZone),
    numberOfPeople: 1,
    totalValue: "",
    subTotal: "",
    discount: "",
    tax: "",
    serviceCharge: "",
    channel: 2,
    type: undefined,
    items: [],
    payments: [],
  };
  const form = useForm<TAddTransactionFields, unknown, Values>({
    resolver: zodResolver(ZAddTransactionFields),
    defaultValues: defaults,
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const draft = useFormDraft(form, `add-transaction:${merchant.id}:${member.id}`);
  const [reason, setReason] = useState("");

  const { busy, run: preview } = useSave(async (values: Values) => {
    const { invoiceNumber: _invoice, created: _created, numberOfPeople: _people, ...sale } = values;
    const stamps = await utils.transactions.previewEarnings.fetch({
      merchantId: merchant.id,
      memberId: member.id,
      ...sale,
    });
    setPending({ values, preview: stamps });
  }, serverErrors.report);

  async function confirm(reason: string) {
    if (!pending) return;
    try {
      const answer = await add.mutateAsync({ merchantId: merchant.id, memberId: member.id, ...pending.values, reason });
      setPending(null);
      draft.discard();
      setReason("");
      setResult(answer);
      toast.success(`Transaction added: ${stampsText(answer.transaction.stampsEarned ?? 0)} for ${member.name}`);
      await invalidate();
    } catch (error) {
      // Mistakes in what was typed belong on the form: close the dialog and show them there.
      if (!serverErrors.toFields(error)) throw error;
      setPending(null);
    }
  }

  if (result) {
    return (
      <ChangeResult title={`Transaction added for ${member.name}`} result={result} memberName={member.name}>
        <Button asChild>
          <Link href={transactionHref(result.transaction.id, member.id)}>Open the transaction</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href={`/members/${member.id}`}>Back to {member.name}</Link>
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            form.reset({ ...defaults, store: form.getValues("store") });
            setResult(null);
          }}
        >
          Add another
        </Button>
      </ChangeResult>
    );
  }

  const values = pending?.values;
  return (
    <Form {...form}>
      <form onSubmit={(event) => void form.handleSubmit(preview)(event)} noValidate className="grid gap-6">
        {draft.restored ? (
          <div
            role="status"
            className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-muted px-3 py-2 text-sm"
          >
            <span>This is the sale you were typing before; nothing has been added to Stamps yet.</span>
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => {
                draft.discard();
                form.reset(defaults);
                setReason("");
              }}
            >
              Start over
            </Button>
          </div>
        ) : null}
        <fieldset disabled={busy} className="grid gap-6">
          <Card>
            <CardHeader>
              <CardTitle>The sale</CardTitle>
              <CardDescription>As it appears on the receipt. Times are in {merchant.timeZone}.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                <FormField
                  control={form.control}
                  name="store"
                  render={({ field, fieldState }) => (
                    <FormItem>
                      <FormLabel>Store</FormLabel>
                      <FormControl>
                        <StoreSelect
                          value={field.value}
                          onChange={field.onChange}
                          disabled={busy}
                          invalid={Boolean(fieldState.error)}
                        />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
                <TextField control={form.control} name="invoiceNumber" label="Invoice number" spellCheck={false} />
                <FormField
                  control={form.control}
                  name="created"
                  render={({ field }) => (
                    <FormItem className="lg:col-span-2">
                      <FormLabel>Date & time</FormLabel>
                      <FormControl>
                        <DateTimeField {...field} timeLabel="Time of the sale (24-hour)" className="max-w-sm" />
                      </FormControl>
                      <FormMessage />
                    </FormItem>
                  )}
                />
              </div>
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                <TextField control={form.control} name="totalValue" label="Total value" as={MoneyInput} />
                <TextField control={form.control} name="subTotal" label="Subtotal (optional)" as={MoneyInput} />
                <TextField control={form.control} name="discount" label="Discount (optional)" as={MoneyInput} />
                <TextField control={form.control} name="tax" label="Tax (optional)" as={MoneyInput} />
              </div>
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
                <TextField
                  control={form.control}
                  name="serviceCharge"
                  label="Service charge (optional)"
                  as={MoneyInput}
                />
                <CodeSelect
                  control={form.control}
                  name="channel"
                  label="Channel"
                  options={CHANNEL_OPTIONS}
                  disabled={busy}
                />
                <CodeSelect control={form.control} name="type" label="Type" options={TYPE_OPTIONS} disabled={busy} />
                <TextField control={form.control} name="numberOfPeople" label="People" inputMode="numeric" />
              </div>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Items</CardTitle>
              <CardDescription>Enter moves to the next line and adds one at the end.</CardDescription>
            </CardHeader>
            <CardContent>
              <ItemsEditor />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Payments</CardTitle>
            </CardHeader>
            <CardContent>
              <PaymentsEditor />
            </CardContent>
          </Card>
        </fieldset>
        <div className="flex flex-wrap items-center justify-end gap-3">
          <p className="text-sm text-muted-foreground">
            Stamps previews the stamps first; nothing is recorded until you confirm.
          </p>
          <Button type="submit" loading={busy}>
            Preview stamps
          </Button>
        </div>
      </form>
      {pending && values ? (
        <ConfirmActionDialog
          reasonFor="transaction.add"
          open
          onOpenChange={(open) => !open && setPending(null)}
          reason={reason}
          onReasonChange={setReason}
          title={`Add this transaction for ${member.name}?`}
          confirmLabel="Add transaction"
          onConfirm={confirm}
        >
          <AddTransactionSummary member={member} values={values} preview={pending.preview} />
        </ConfirmActionDialog>
      ) : null}
    </Form>
  );
}
