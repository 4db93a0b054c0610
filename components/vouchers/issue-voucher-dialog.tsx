"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { FormDialog, FormDialogFooter } from "@/components/console/form-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { DateField } from "@/components/ui/date-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { formatDate, formatNumber, formatRupiah } from "@/lib/format";
import { todayIn } from "@/lib/merchant-time";
import { ZIssueVoucherFields } from "@/lib/schemas/vouchers";
import { api, type RouterOutputs } from "@/lib/trpc/react";

import { IssuedVoucher } from "./issued-voucher";
import { VoucherTemplatePicker } from "./voucher-template-picker";

type Member = RouterOutputs["members"]["get"];
type Issued = RouterOutputs["vouchers"]["issue"];
type FormInput = z.input<typeof ZIssueVoucherFields>;
type FormOutput = z.output<typeof ZIssueVoucherFields>;

const FIELDS = ["templateId", "startDate", "quantity", "value", "notes"] as const;

/** Issue vouchers from a template to one member; shows what Stamps issued. Mount with a new `key` per opening. */
export function IssueVoucherDialog({
  member,
  open,
  onOpenChange,
}: {
  member: Member;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const issue = api.vouchers.issue.useMutation();
  const [review, setReview] = useState<{ values: FormOutput; key: number } | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [templateName, setTemplateName] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZIssueVoucherFields),
    defaultValues: { templateId: "", startDate: todayIn(merchant.timeZone), quantity: 1, value: "", notes: "" },
  });
  const serverErrors = useServerErrors(form, FIELDS);

  async function confirm(values: FormOutput, reason: string) {
    try {
      const voucher = await issue.mutateAsync({
        ...values,
        merchantId: merchant.id,
        memberId: member.id,
        reason,
      });
      setReview(null);
      setIssued(voucher);
      toast.success(
        voucher.code ? `Voucher ${voucher.code} issued to ${member.name}` : `Voucher issued to ${member.name}`,
      );
      await Promise.all([
        utils.vouchers.findMemberVouchers.invalidate(),
        utils.vouchers.countMemberVouchers.invalidate(),
        utils.members.findMemberActivity.invalidate(),
      ]);
    } catch (error) {
      if (serverErrors.toFields(error)) setReview(null);
      else throw error;
    }
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      busy={issue.isPending}
      title={issued ? "Voucher issued" : `Issue a voucher to ${member.name}`}
      description={
        issued
          ? "Stamps issued this voucher; the member sees it in their app."
          : "Stamps creates the voucher from one of the merchant's voucher templates."
      }
    >
      {issued ? (
        <IssuedVoucher voucher={issued} onDone={() => onOpenChange(false)} />
      ) : (
        <Form {...form}>
          <form
            noValidate
            className="grid gap-6"
            onSubmit={(event) => void form.handleSubmit((values) => setReview({ values, key: Date.now() }))(event)}
          >
            <fieldset disabled={issue.isPending} className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="templateId"
                render={({ field, fieldState }) => (
                  <FormItem className="sm:col-span-2">
                    <FormLabel>Voucher template</FormLabel>
                    <FormControl>
                      <VoucherTemplatePicker
                        value={Number(field.value) || null}
                        onChange={(template) => {
                          setTemplateName(template.name);
                          field.onChange(template.stampsTemplateId);
                        }}
                        onBlur={field.onBlur}
                        invalid={Boolean(fieldState.error)}
                        disabled={issue.isPending}
                        allowUnknownId
                      />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="startDate"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Valid from</FormLabel>
                    <FormControl>
                      <DateField {...field} invalid="pass" />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <NumberField name="quantity" label="Quantity" description="How many times it can be used." />
              <NumberField
                name="value"
                label="Value (Rp, optional)"
                description="Only for templates with a dynamic value."
              />
              <FormField
                control={form.control}
                name="notes"
                render={({ field }) => (
                  <FormItem className="sm:col-span-2">
                    <FormLabel>Notes (optional)</FormLabel>
                    <FormControl>
                      <Textarea {...field} rows={2} placeholder="Kept with the voucher in Stamps" />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            </fieldset>
            <FormDialogFooter submitLabel="Continue" onCancel={() => onOpenChange(false)} />
          </form>
        </Form>
      )}
      {review ? (
        <ConfirmActionDialog
          reasonFor="voucher.issue"
          key={review.key}
          open
          onOpenChange={(next) => !next && setReview(null)}
          title={`Issue a voucher to ${member.name}?`}
          confirmLabel="Issue voucher"
          onConfirm={(reason) => confirm(review.values, reason)}
        >
          <p>
            {templateName ?? `Template ${review.values.templateId}`}, {formatNumber(review.values.quantity)} use
            {review.values.quantity === 1 ? "" : "s"}, valid from {formatDate(review.values.startDate)}
            {review.values.value ? `, worth ${formatRupiah(review.values.value)}` : ""}. The member can use it as soon
            as it is valid.
          </p>
        </ConfirmActionDialog>
      ) : null}
    </FormDialog>
  );
}

function NumberField({ name, label, description }: { name: "quantity" | "value"; label: string; description: string }) {
  return (
    <FormField
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input
              {...field}
              value={(field.value as string | number | undefined) ?? ""}
              inputMode="numeric"
              autoComplete="off"
            />
          </FormControl>
          <FormDescription>{description}</FormDescription>
          <FormMessage />
        </FormItem>
      )}
    />
  );
}
