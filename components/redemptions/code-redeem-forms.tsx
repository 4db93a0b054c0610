"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormDialogFooter } from "@/components/console/form-dialog";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import {
  ZRedeemPromoCodeFields,
  ZRedeemVoucherCodeFields,
  type TRedeemPromoCodeFields,
  type TRedeemVoucherCodeFields,
} from "@/lib/schemas/redemptions";
import { VoucherTemplatePicker } from "@/components/vouchers/voucher-template-picker";
import { PlaceFields } from "./place-fields";
import type { RedeemFormProps } from "./redeem-form-types";
import { useStoreName } from "./redemption-hooks";
import { RefusalAlert } from "./refusal-alert";

const strong = (text: React.ReactNode, mono = false) => (
  <strong className={mono ? "font-mono text-foreground" : "text-foreground"}>{text}</strong>
);

/** A promo code the member gave at the till; what it grants is set up in Stamps. */
export function PromoCodeRedeemForm({ member, refusal, onReview, onCancel }: RedeemFormProps) {
  const storeName = useStoreName();
  const form = useForm<z.input<typeof ZRedeemPromoCodeFields>, unknown, TRedeemPromoCodeFields>({
    resolver: zodResolver(ZRedeemPromoCodeFields),
    defaultValues: { promoCode: "", invoiceNumber: "" },
  });
  useServerErrors(form, ["promoCode", "storeId", "invoiceNumber"], refusal);

  const review = (values: TRedeemPromoCodeFields) =>
    onReview(
      { kind: "promoCode", values },
      <p>
        Redeem promo code {strong(values.promoCode, true)} for {strong(member.name)} at{" "}
        {strong(storeName(values.storeId))}, invoice {strong(values.invoiceNumber, true)}. What the code gives (stamps,
        a reward or a voucher) is set up in Stamps.
      </p>,
    );

  return (
    <Form {...form}>
      <form onSubmit={(event) => void form.handleSubmit(review)(event)} noValidate className="grid gap-5">
        <RefusalAlert refusal={refusal} />
        <FormField
          control={form.control}
          name="promoCode"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Promo code</FormLabel>
              <FormControl>
                <Input
                  {...field}
                  autoComplete="off"
                  spellCheck={false}
                  autoCapitalize="characters"
                  className="font-mono"
                  data-autofocus
                />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <PlaceFields invoice="required" />
        <FormDialogFooter submitLabel="Review redemption" onCancel={onCancel} />
      </form>
    </Form>
  );
}

/** A voucher code the member shows (or a printed code); Stamps checks who owns it. */
export function VoucherCodeRedeemForm({ member, refusal, onReview, onCancel }: RedeemFormProps) {
  const storeName = useStoreName();
  const form = useForm<z.input<typeof ZRedeemVoucherCodeFields>, unknown, TRedeemVoucherCodeFields>({
    resolver: zodResolver(ZRedeemVoucherCodeFields),
    defaultValues: { voucherCode: "" },
  });
  useServerErrors(form, ["voucherCode", "voucherTemplateId", "storeId"], refusal);

  const review = (values: TRedeemVoucherCodeFields) =>
    onReview(
      { kind: "voucherCode", values },
      <p>
        Redeem voucher code {strong(values.voucherCode, true)} for {strong(member.name)} at{" "}
        {strong(storeName(values.storeId))}. Stamps checks that the code can be used by this member.
      </p>,
    );

  return (
    <Form {...form}>
      <form onSubmit={(event) => void form.handleSubmit(review)(event)} noValidate className="grid gap-5">
        <RefusalAlert refusal={refusal} />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="voucherCode"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Voucher code</FormLabel>
                <FormControl>
                  <Input {...field} autoComplete="off" spellCheck={false} className="font-mono" data-autofocus />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="voucherTemplateId"
            render={({ field, fieldState }) => (
              <FormItem>
                <FormLabel>Voucher template (optional)</FormLabel>
                <FormControl>
                  <VoucherTemplatePicker
                    value={field.value ?? null}
                    onChange={(template) => field.onChange(template.stampsTemplateId)}
                    onBlur={field.onBlur}
                    invalid={Boolean(fieldState.error)}
                    allowUnknownId
                  />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
        <p className="-mt-3 text-sm text-muted-foreground">
          The template is found for codes the member already holds; printed codes that are nobody&apos;s yet need it.
        </p>
        <PlaceFields invoice="none" />
        <FormDialogFooter submitLabel="Review redemption" onCancel={onCancel} />
      </form>
    </Form>
  );
}
