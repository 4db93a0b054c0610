"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "@/lib/zod";
import { FormDialog, FormDialogFooter } from "@/components/console/form-dialog";
import { useSave } from "@/components/console/form-helpers";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import { ZCreateStaffInput, ZUpdateStaffInput } from "@/lib/schemas/staff";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { ConfirmDisableDialog } from "./confirm-disable-dialog";
import { MerchantChecklist } from "./merchant-checklist";
import { OptionSelect } from "./option-select";

export type StaffMember = RouterOutputs["staff"]["find"][number];

// Both modes share one form shape: create carries `disabled` (always false), edit carries the
// email it cannot change and a password string ("" keeps the current one). Each mutation drops the extra field.
const ZCreateStaffForm = ZCreateStaffInput.extend({ disabled: z.boolean(), password: z.string() });
const ZEditStaffForm = ZUpdateStaffInput.omit({ id: true }).extend({
  email: z.string(),
  disabled: z.boolean(),
  password: z.string(),
});
type TStaffFormInput = z.input<typeof ZCreateStaffForm>;
type TStaffForm = z.output<typeof ZCreateStaffForm>;

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const FIELDS = ["email", "name", "role", "merchantIds", "password", "disabled"] as const;

/** Mount it with a new `key` each time it opens: the form starts from the staff member's stored values. */
export function StaffDialog({
  staff,
  open,
  onOpenChange,
}: {
  staff: StaffMember | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const router = useRouter();
  const utils = api.useUtils();
  const create = api.staff.create.useMutation();
  const update = api.staff.update.useMutation();
  const [confirming, setConfirming] = useState<TStaffForm | null>(null);
  const form = useForm<TStaffFormInput, unknown, TStaffForm>({
    resolver: zodResolver(staff ? ZEditStaffForm : ZCreateStaffForm),
    defaultValues: {
      email: staff?.email ?? "",
      name: staff?.name ?? "",
      role: staff?.role ?? "SUPPORT",
      merchantIds: staff?.merchantIds ?? [],
      password: "",
      disabled: staff?.disabled ?? false,
    },
  });
  const serverErrors = useServerErrors(form, FIELDS);

  const { busy, run: save } = useSave(async (values: TStaffForm) => {
    if (staff) {
      const { email: _email, disabled: _d, password: _p, ...changes } = values;
      await update.mutateAsync({ ...changes, id: staff.id });
    } else {
      const { disabled: _disabled, password: _password, ...input } = values;
      await create.mutateAsync(input);
    }
    toast.success("Saved");
    onOpenChange(false);
    void utils.staff.find.invalidate();
    // The sidebar lists the signed-in admin's own merchants, rendered on the server.
    router.refresh();
  }, serverErrors.report);

  const submit = async (values: TStaffForm) => {
    if (staff && !staff.disabled && values.disabled) setConfirming(values);
    else await save(values);
  };

  return (
    <FormDialog
      className="sm:max-w-lg"
      open={open}
      onOpenChange={onOpenChange}
      busy={busy}
      title={staff ? `Edit ${staff.name}` : "Add staff"}
      description={staff ? `Signs in as ${staff.email}.` : "They sign in with this email and password."}
    >
      <Form {...form}>
        <form onSubmit={(event) => void form.handleSubmit(submit)(event)} noValidate className="grid gap-6">
          <fieldset disabled={busy} className="grid gap-4">
            {staff ? null : (
              <FormField
                control={form.control}
                name="email"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Email</FormLabel>
                    <FormControl>
                      <Input {...field} type="email" autoComplete="off" spellCheck={false} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            )}
            <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
              <FormField
                control={form.control}
                name="name"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Name</FormLabel>
                    <FormControl>
                      <Input {...field} autoComplete="off" />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="role"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Role</FormLabel>
                    <OptionSelect
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      triggerRef={field.ref}
                      options={ROLE_OPTIONS}
                      disabled={busy}
                    />
                    <FormMessage />
                  </FormItem>
                )}
              />
            </div>
            <FormField
              control={form.control}
              name="merchantIds"
              render={({ field }) => (
                <FormItem>
                  <MerchantChecklist
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    firstRef={field.ref}
                  />
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="password"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>{staff ? "Set a new password" : "Password"}</FormLabel>
                  <FormControl>
                    <Input {...field} type="password" autoComplete="new-password" />
                  </FormControl>
                  <FormDescription>
                    {staff ? "Leave empty to keep the current password." : "At least 12 characters."}
                  </FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            {staff ? (
              <FormField
                control={form.control}
                name="disabled"
                render={({ field: { value, onChange, ...field } }) => (
                  <FormItem className="flex flex-wrap items-center gap-2">
                    <FormControl>
                      <input
                        {...field}
                        type="checkbox"
                        className="size-4 accent-primary"
                        checked={value}
                        onChange={(event) => onChange(event.target.checked)}
                      />
                    </FormControl>
                    <FormLabel className="font-normal">Account disabled — cannot sign in</FormLabel>
                    <FormMessage className="basis-full" />
                  </FormItem>
                )}
              />
            ) : null}
          </fieldset>
          <FormDialogFooter submitLabel="Save" busy={busy} onCancel={() => onOpenChange(false)} />
        </form>
      </Form>
      <ConfirmDisableDialog
        name={confirming?.name ?? staff?.name ?? ""}
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) void save(confirming);
        }}
      />
    </FormDialog>
  );
}
