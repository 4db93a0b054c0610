"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { FormDialog, FormDialogFooter } from "@/components/console/form-dialog";
import { useSave } from "@/components/console/form-helpers";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Form } from "@/components/ui/form";

/**
 * The shell of a dialog that edits one record: FormDialog (no closing mid-save, asks before discarding typed work),
 * one save at a time with the fieldset disabled, the server's field errors on their fields and the rest in a toast,
 * and Cancel / submit. The dialog itself brings only its fields (`children` gets `busy`, for controls a disabled
 * fieldset does not reach) and what saving does. Mount it with a new `key` each time it opens.
 */
export function SaveFormDialog<TInput extends FieldValues, TOutput>({
  form,
  fields,
  onSave,
  submitLabel,
  fieldsetClassName = "grid gap-4",
  open,
  onOpenChange,
  title,
  description,
  className,
  onOpenAutoFocus,
  children,
}: {
  form: UseFormReturn<TInput, unknown, TOutput>;
  /** The form's fields that the server's field errors may name. */
  fields: readonly Path<TInput>[];
  /** Saves the parsed values; a throw is shown on the fields it names, the rest in a toast. */
  onSave: (values: TOutput) => Promise<void>;
  submitLabel: string;
  fieldsetClassName?: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: React.ReactNode;
  className?: string;
  onOpenAutoFocus?: (event: Event) => void;
  children: (busy: boolean) => React.ReactNode;
}) {
  const serverErrors = useServerErrors(form, fields);
  const { busy, run } = useSave(onSave, serverErrors.report);
  return (
    <FormDialog
      className={className}
      open={open}
      onOpenChange={onOpenChange}
      busy={busy}
      dirty={form.formState.isDirty}
      title={title}
      description={description}
      onOpenAutoFocus={onOpenAutoFocus}
    >
      <Form {...form}>
        <form onSubmit={(event) => void form.handleSubmit(run)(event)} noValidate className="grid gap-6">
          <fieldset disabled={busy} className={fieldsetClassName}>
            {children(busy)}
          </fieldset>
          <FormDialogFooter submitLabel={submitLabel} busy={busy} onCancel={() => onOpenChange(false)} />
        </form>
      </Form>
    </FormDialog>
  );
}
