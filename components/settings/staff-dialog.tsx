"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { type z } from "@/lib/zod";
import { FormDialog } from "@/components/console/form-dialog";
import { TextField } from "@/components/console/text-field";
import { SaveFormDialog } from "@/components/console/save-form-dialog";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import { ZCreateStaffInput } from "@/lib/schemas/staff";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { MerchantChecklist } from "./merchant-checklist";
import { OneTimePassword } from "./one-time-password";
import { OptionSelect } from "./option-select";

export type StaffMember = RouterOutputs["staff"]["find"][number];

// One form shape for both modes; edit shows the email it cannot change.
const ZStaffForm = ZCreateStaffInput;
type TStaffFormInput = z.input<typeof ZStaffForm>;
type TStaffForm = z.output<typeof ZStaffForm>;

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const FIELDS = ["email", "name", "role", "merchantIds"] as const;

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
  const [created, setCreated] = useState<{ email: string; oneTimePassword: string } | null>(null);
  const form = useForm<TStaffFormInput, unknown, TStaffForm>({
    resolver: zodResolver(ZStaffForm),
    defaultValues: {
      email: staff?.email ?? "",
      name: staff?.name ?? "",
      role: staff?.role ?? "SUPPORT",
      merchantIds: staff?.merchantIds ?? [],
    },
  });

  const save = async (values: TStaffForm) => {
    if (staff) {
      const { email: _email, ...changes } = values;
      await update.mutateAsync({ ...changes, id: staff.id });
      toast.success("Saved");
      onOpenChange(false);
    } else {
      const result = await create.mutateAsync(values);
      setCreated({ email: result.staff.email, oneTimePassword: result.oneTimePassword });
    }
    void utils.staff.find.invalidate();
    // The sidebar lists the signed-in admin's own merchants, rendered on the server.
    router.refresh();
  };

  if (created) {
    return (
      <FormDialog
        className="sm:max-w-lg"
        open={open}
        onOpenChange={onOpenChange}
        busy={false}
        title="Staff member added"
        description="Their account is ready."
      >
        <OneTimePassword email={created.email} password={created.oneTimePassword} />
        <DialogFooter>
          <Button onClick={() => onOpenChange(false)}>Done</Button>
        </DialogFooter>
      </FormDialog>
    );
  }

  return (
    <SaveFormDialog
      form={form}
      fields={FIELDS}
      onSave={save}
      submitLabel={staff ? "Save" : "Add and show password"}
      className="sm:max-w-lg"
      open={open}
      onOpenChange={onOpenChange}
      title={staff ? `Edit ${staff.name}` : "Add staff"}
      description={
        staff
          ? `Signs in as ${staff.email}.`
          : "They sign in with this email and a one-time password shown after saving."
      }
    >
      {(busy) => (
        <>
          {staff ? null : (
            <TextField control={form.control} name="email" label="Email" type="email" spellCheck={false} />
          )}
          <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
            <TextField control={form.control} name="name" label="Name" />
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
                    disabled={busy || Boolean(staff?.isYou)}
                  />
                  {staff?.isYou ? (
                    <FormDescription>This is you: another admin changes your role.</FormDescription>
                  ) : null}
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
                {staff?.otherMerchants ? (
                  <FormDescription>
                    They also work for {staff.otherMerchants} merchant(s) you do not manage; those stay as they are.
                  </FormDescription>
                ) : null}
                <FormMessage />
              </FormItem>
            )}
          />
        </>
      )}
    </SaveFormDialog>
  );
}
