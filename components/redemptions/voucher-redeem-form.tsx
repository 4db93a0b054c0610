"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormDialogFooter } from "@/components/console/form-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { formatRupiah } from "@/lib/format";
import { ZRedeemVoucherFields, type TRedeemVoucherFields } from "@/lib/schemas/redemptions";
import { api } from "@/lib/trpc/react";
import { ChoiceList } from "./choice-list";
import { PlaceFields } from "./place-fields";
import type { RedeemFormProps } from "./redeem-form-types";
import { useStoreName } from "./redemption-hooks";
import { RefusalAlert } from "./refusal-alert";
import { validity, type VoucherSummary } from "./voucher-ticket";

const FIELDS = ["voucherId", "storeId", "invoiceNumber", "deductValue"] as const;

function VoucherChoice({
  voucher,
  checked,
  onChoose,
}: {
  voucher: VoucherSummary;
  checked: boolean;
  onChoose: () => void;
}) {
  return (
    <label className="flex cursor-pointer items-center gap-3 rounded-md border p-3 text-sm has-checked:border-primary has-checked:bg-primary/5 has-focus-visible:ring-[3px] has-focus-visible:ring-ring/50">
      <input type="radio" name="voucherId" className="size-4 accent-primary" checked={checked} onChange={onChoose} />
      <span className="min-w-0 flex-1">
        <span className="block font-mono font-medium">{voucher.code ?? `#${voucher.id}`}</span>
        <span className="text-xs text-muted-foreground">
          {voucher.name ?? "Voucher"} · valid {validity(voucher)}
        </span>
      </span>
      {voucher.value === null ? null : <span className="font-medium tabular-nums">{formatRupiah(voucher.value)}</span>}
    </label>
  );
}

/** One of the member's usable vouchers, soonest to expire first. */
export function VoucherRedeemForm({ member, refusal, onReview, onCancel }: RedeemFormProps) {
  const merchant = useMerchant();
  const storeName = useStoreName();
  const vouchers = api.redemptions.findVoucherOptions.useQuery({ merchantId: merchant.id, memberId: member.id });
  const form = useForm<z.input<typeof ZRedeemVoucherFields>, unknown, TRedeemVoucherFields>({
    resolver: zodResolver(ZRedeemVoucherFields),
    defaultValues: { invoiceNumber: "", deductValue: "" },
  });
  useServerErrors(form, FIELDS, refusal);

  const review = (values: TRedeemVoucherFields) => {
    const voucher = vouchers.data?.find((entry) => entry.id === values.voucherId);
    onReview(
      { kind: "voucher", values },
      <p>
        Redeem voucher <strong className="font-mono text-foreground">{voucher?.code ?? values.voucherId}</strong>
        {voucher?.name ? ` (${voucher.name})` : ""} for <strong className="text-foreground">{member.name}</strong> at{" "}
        <strong className="text-foreground">{storeName(values.storeId)}</strong>.{" "}
        {values.deductValue === undefined
          ? "Stamps marks one use of the voucher as spent; it costs no stamps."
          : `Stamps takes ${formatRupiah(values.deductValue)} off the voucher's balance; it costs no stamps.`}
      </p>,
    );
  };

  return (
    <Form {...form}>
      <form onSubmit={(event) => void form.handleSubmit(review)(event)} noValidate className="grid gap-5">
        <RefusalAlert refusal={refusal} />
        <FormField
          control={form.control}
          name="voucherId"
          render={({ field }) => (
            <FormItem>
              <fieldset className="grid gap-2">
                <legend className="mb-2 text-sm font-medium">Voucher</legend>
                <ChoiceList
                  noun="voucher"
                  items={vouchers.data}
                  pending={vouchers.isPending}
                  error={vouchers.error}
                  onRetry={() => void vouchers.refetch()}
                  emptyMessage={`${member.name} has no vouchers they can use right now. If they show a printed code, redeem it as a voucher code.`}
                  text={(voucher) => `${voucher.code ?? ""} ${voucher.name ?? ""}`}
                  renderChoice={(voucher) => (
                    <VoucherChoice
                      key={voucher.id}
                      voucher={voucher}
                      checked={field.value === voucher.id}
                      onChoose={() => field.onChange(voucher.id)}
                    />
                  )}
                />
              </fieldset>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="deductValue"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Amount to take off (optional)</FormLabel>
              <FormControl>
                <Input
                  inputMode="numeric"
                  placeholder="Rp"
                  {...field}
                  value={typeof field.value === "string" || typeof field.value === "number" ? field.value : ""}
                />
              </FormControl>
              <FormDescription>
                Only for vouchers that hold a balance: the part of it this purchase uses. Leave empty to use the voucher
                once.
              </FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <PlaceFields invoice="optional" />
        <FormDialogFooter submitLabel="Review redemption" onCancel={onCancel} />
      </form>
    </Form>
  );
}
