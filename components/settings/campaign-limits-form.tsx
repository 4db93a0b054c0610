"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { useSave } from "@/components/console/form-helpers";
import { useServerErrors } from "@/components/console/use-server-errors";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { getErrorMessage } from "@/lib/errors";
import { ZCampaignSettingsFields, type TCampaignSettings } from "@/lib/schemas/campaign-settings";
import { api } from "@/lib/trpc/react";

type FormInput = z.input<typeof ZCampaignSettingsFields>;
type FormOutput = z.output<typeof ZCampaignSettingsFields>;
type FieldName = keyof FormInput;

const FIELDS = ["approvalRowLimit", "approvalValueLimit", "concurrency", "ratePerSecond"] as const;

/** When a campaign needs a second person's approval, and how hard issuing may push Stamps. */
export function CampaignLimits() {
  const merchant = useMerchant();
  const settings = api.campaignSettings.get.useQuery({ merchantId: merchant.id });
  return (
    <section aria-labelledby="campaign-limits-heading" className="grid max-w-3xl gap-4">
      <div>
        <h2 id="campaign-limits-heading" className="text-lg font-semibold">
          Campaign limits for {merchant.name}
        </h2>
        <p className="text-sm text-muted-foreground">
          Large campaigns wait for someone other than their creator to approve them. Issuing speed is shared by all of
          the merchant&apos;s campaigns, so a campaign never floods Stamps.
        </p>
      </div>
      {settings.isPending ? <Skeleton className="h-64" /> : null}
      {settings.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {getErrorMessage(settings.error)}
        </p>
      ) : null}
      {settings.data ? <LimitsForm key={settings.dataUpdatedAt} settings={settings.data} /> : null}
    </section>
  );
}

function LimitsForm({ settings }: { settings: TCampaignSettings }) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const update = api.campaignSettings.update.useMutation();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZCampaignSettingsFields),
    defaultValues: {
      approvalRowLimit: settings.approvalRowLimit ?? "",
      approvalValueLimit: settings.approvalValueLimit ?? "",
      concurrency: settings.concurrency,
      ratePerSecond: settings.ratePerSecond,
    },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const { busy, run } = useSave(async (values: FormOutput) => {
    await update.mutateAsync({ ...values, merchantId: merchant.id });
    toast.success("Campaign limits saved");
    await utils.campaignSettings.get.invalidate();
  }, serverErrors.report);

  const field = (name: FieldName, label: string, description: string) => (
    <FormField
      control={form.control}
      name={name}
      render={({ field: input }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input {...input} value={input.value ?? ""} inputMode="numeric" autoComplete="off" />
          </FormControl>
          <FormDescription>{description}</FormDescription>
          <FormMessage />
        </FormItem>
      )}
    />
  );

  return (
    <Form {...form}>
      <form
        onSubmit={(event) => void form.handleSubmit(run)(event)}
        noValidate
        className="grid gap-6 rounded-lg border p-6"
      >
        <fieldset disabled={busy} className="grid gap-6">
          <legend className="mb-3 text-sm font-medium">Approval by a second person</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {field("approvalRowLimit", "More members than", "Leave empty for no limit on the number of members.")}
            {field("approvalValueLimit", "Vouchers × value above (Rp)", "Leave empty for no limit on the total value.")}
          </div>
        </fieldset>
        <fieldset disabled={busy} className="grid gap-6">
          <legend className="mb-3 text-sm font-medium">Issuing speed</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {field("concurrency", "Vouchers issued at once", "Calls to Stamps in flight at the same time (1–32).")}
            {field("ratePerSecond", "Requests per second at most", "For all campaigns of this merchant together.")}
          </div>
        </fieldset>
        <div>
          <Button type="submit" loading={busy}>
            Save limits
          </Button>
        </div>
      </form>
    </Form>
  );
}
