"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useSave } from "@/components/console/form-helpers";
import { useServerErrors } from "@/components/console/use-server-errors";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { DateField } from "@/components/ui/date-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { todayIn } from "@/lib/merchant-time";
import { VoucherTemplatePicker, type PickedTemplate } from "@/components/vouchers/voucher-template-picker";
import { ZCampaignFields } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";

type FormInput = z.input<typeof ZCampaignFields>;
type FormOutput = z.output<typeof ZCampaignFields>;

const FIELDS = ["name", "stampsTemplateId", "startDate", "defaultQuantity", "defaultValue", "defaultNotes"] as const;

/** Step 0 of a campaign: what it issues and the defaults rows fall back on. */
export function NewCampaignForm() {
  const merchant = useMerchant();
  const router = useRouter();
  const create = api.campaigns.create.useMutation();
  const [template, setTemplate] = useState<PickedTemplate | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZCampaignFields),
    defaultValues: {
      name: "",
      startDate: todayIn(merchant.timeZone),
      defaultQuantity: 1,
      defaultValue: "",
      defaultNotes: "",
    },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const { busy, run } = useSave(async (values: FormOutput) => {
    const { id } = await create.mutateAsync({ ...values, merchantId: merchant.id });
    toast.success(`Campaign "${values.name}" created. Now add the members.`);
    router.push(`/campaigns/${id}`);
  }, serverErrors.report);

  return (
    <Form {...form}>
      <form
        onSubmit={(event) => void form.handleSubmit(run)(event)}
        noValidate
        className="grid max-w-3xl gap-6 rounded-lg border bg-card p-6"
      >
        <fieldset disabled={busy} className="grid gap-5 sm:grid-cols-2">
          <FormField
            control={form.control}
            name="name"
            render={({ field }) => (
              <FormItem className="sm:col-span-2">
                <FormLabel>Campaign name</FormLabel>
                <FormControl>
                  <Input {...field} autoComplete="off" placeholder="e.g. Lebaran 2027 thank-you voucher" autoFocus />
                </FormControl>
                <FormDescription>Staff see it in the list; members never do.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="stampsTemplateId"
            render={({ field, fieldState }) => (
              <FormItem className="sm:col-span-2">
                <FormLabel>Voucher template</FormLabel>
                <FormControl>
                  <VoucherTemplatePicker
                    value={field.value ?? null}
                    onChange={(picked) => {
                      setTemplate(picked);
                      field.onChange(picked.stampsTemplateId);
                    }}
                    onBlur={field.onBlur}
                    invalid={Boolean(fieldState.error)}
                    disabled={busy}
                  />
                </FormControl>
                <FormDescription>
                  Not in the list? An admin adds it in{" "}
                  <Link href="/settings" className="underline">
                    Settings → Voucher templates
                  </Link>
                  .
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="startDate"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Vouchers valid from</FormLabel>
                <FormControl>
                  <DateField {...field} invalid="pass" />
                </FormControl>
                <FormDescription>A row of the file may give its own date.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="defaultQuantity"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Uses per voucher</FormLabel>
                <FormControl>
                  <Input {...field} value={field.value ?? ""} inputMode="numeric" autoComplete="off" />
                </FormControl>
                <FormDescription>Unless the file has a quantity column.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="defaultValue"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Value (Rp){template?.valueType === "DYNAMIC" ? "" : ", optional"}</FormLabel>
                <FormControl>
                  <Input {...field} value={field.value ?? ""} inputMode="numeric" autoComplete="off" />
                </FormControl>
                <FormDescription>
                  {template?.valueType === "DYNAMIC"
                    ? "This template takes its value when issued: give one here or in a value column of the file."
                    : "Only for templates whose value is given when issuing."}
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="defaultNotes"
            render={({ field }) => (
              <FormItem>
                <FormLabel>Notes on each voucher (optional)</FormLabel>
                <FormControl>
                  <Textarea
                    {...field}
                    value={field.value ?? ""}
                    rows={2}
                    placeholder="Kept with the voucher in Stamps"
                  />
                </FormControl>
                <FormDescription>The campaign&apos;s reference is added after them.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        </fieldset>
        <div className="flex gap-2">
          <Button type="submit" loading={busy}>
            Create and add members
          </Button>
          <Button type="button" variant="outline" disabled={busy} onClick={() => router.push("/campaigns")}>
            Cancel
          </Button>
        </div>
      </form>
    </Form>
  );
}
