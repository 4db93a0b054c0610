"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { TextField } from "@/components/console/text-field";
import { SaveFormDialog } from "@/components/console/save-form-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import {
  VALUE_TYPE_LABELS,
  VOUCHER_VALUE_TYPES,
  ZSaveVoucherTemplateFields,
  type TVoucherTemplate,
} from "@/lib/schemas/voucher-templates";
import { api } from "@/lib/trpc/react";
import { OptionSelect } from "./option-select";

type FormInput = z.input<typeof ZSaveVoucherTemplateFields>;
type FormOutput = z.output<typeof ZSaveVoucherTemplateFields>;

const FIELDS = ["stampsTemplateId", "name", "valueType"] as const;
const VALUE_TYPE_OPTIONS = VOUCHER_VALUE_TYPES.map((value) => ({ value, label: VALUE_TYPE_LABELS[value] }));

/** Record or correct one template of the merchant's catalogue. Mount with a new `key` per opening. */
export function VoucherTemplateDialog({
  template,
  open,
  onOpenChange,
}: {
  template: TVoucherTemplate | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const saveTemplate = api.voucherTemplates.save.useMutation();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZSaveVoucherTemplateFields),
    defaultValues: {
      stampsTemplateId: template?.stampsTemplateId ?? "",
      name: template?.name ?? "",
      valueType: template?.valueType ?? "FIXED",
    },
  });
  const save = async (values: FormOutput) => {
    await saveTemplate.mutateAsync({ ...values, merchantId: merchant.id, id: template?.id });
    toast.success(`Saved "${values.name}"`);
    onOpenChange(false);
    await utils.voucherTemplates.find.invalidate();
  };

  return (
    <SaveFormDialog
      form={form}
      fields={FIELDS}
      onSave={save}
      submitLabel="Save template"
      fieldsetClassName="grid gap-4 sm:grid-cols-[10rem_1fr]"
      className="sm:max-w-lg"
      open={open}
      onOpenChange={onOpenChange}
      title={template ? `Edit ${template.name}` : "Add a voucher template"}
      description="Stamps has no list of templates, so record the ones staff issue from: their ID in the Stamps dashboard and a name staff recognise."
    >
      {(busy) => (
        <>
          <TextField control={form.control} name="stampsTemplateId" label="Stamps template ID" inputMode="numeric" />
          <TextField control={form.control} name="name" label="Name" placeholder="e.g. Birthday Rp 50.000" />
          <FormField
            control={form.control}
            name="valueType"
            render={({ field }) => (
              <FormItem className="sm:col-span-2">
                <FormLabel>Value</FormLabel>
                <OptionSelect
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  triggerRef={field.ref}
                  options={VALUE_TYPE_OPTIONS}
                  disabled={busy}
                />
                <FormDescription>
                  Fixed: the template sets what the voucher is worth. Given when issuing: each voucher needs a value
                  (campaign files then need a value column or a default).
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        </>
      )}
    </SaveFormDialog>
  );
}
