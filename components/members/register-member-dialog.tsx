"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { FormDialog, FormDialogFooter } from "@/components/console/form-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { StoreSelect } from "@/components/console/store-select";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { formatDate } from "@/lib/format";
import { ZRegisterMemberFields } from "@/lib/schemas/members";
import { api } from "@/lib/trpc/react";
import { MemberProfileFields, PROFILE_FIELDS } from "./member-profile-fields";

type FormInput = z.input<typeof ZRegisterMemberFields>;
type FormOutput = z.output<typeof ZRegisterMemberFields>;

const FIELDS = [...PROFILE_FIELDS, "store"] as const;

/** Register a new member in Stamps, then open their page. Mount with a new `key` each time it opens. */
export function RegisterMemberDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const merchant = useMerchant();
  const router = useRouter();
  const register = api.members.register.useMutation();
  const [reason, setReason] = useState("");
  const [review, setReview] = useState<{ values: FormOutput; key: number } | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(ZRegisterMemberFields),
    defaultValues: { name: "", email: "", birthday: "", cardNumber: "", phone: "", address: "" },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const stores = api.merchants.findStores.useQuery({ merchantId: merchant.id }, { staleTime: 5 * 60_000 });

  async function confirm(values: FormOutput, reason: string) {
    try {
      const member = await register.mutateAsync({ ...values, merchantId: merchant.id, reason });
      setReview(null);
      onOpenChange(false);
      toast.success(`${member.name} is registered in Stamps (member ID ${member.id}). Stamps emails them a password.`);
      router.push(`/members/${member.id}`);
    } catch (error) {
      // Field errors go back to the form; anything else stays in the confirmation.
      if (serverErrors.toFields(error)) setReview(null);
      else throw error;
    }
  }

  const storeName = (id: number) => stores.data?.find((store) => store.stampsStoreId === id)?.name ?? `Store ${id}`;

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      busy={register.isPending}
      dirty={form.formState.isDirty}
      title="Register member"
      description={`Adds a new ${merchant.name} member in Stamps. Stamps emails them a password to sign in.`}
    >
      <Form {...form}>
        <form
          noValidate
          className="grid gap-6"
          onSubmit={(event) => void form.handleSubmit((values) => setReview({ values, key: Date.now() }))(event)}
        >
          <fieldset disabled={register.isPending} className="grid gap-4">
            <MemberProfileFields />
            <FormField
              control={form.control}
              name="store"
              render={({ field, fieldState }) => (
                <FormItem>
                  <FormLabel>Registered at store</FormLabel>
                  <FormControl>
                    <StoreSelect value={field.value} onChange={field.onChange} invalid={Boolean(fieldState.error)} />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          </fieldset>
          <FormDialogFooter submitLabel="Continue" onCancel={() => onOpenChange(false)} />
        </form>
      </Form>
      {review ? (
        <ConfirmActionDialog
          reasonFor="member.register"
          key={review.key}
          open
          onOpenChange={(next) => !next && setReview(null)}
          reason={reason}
          onReasonChange={setReason}
          title={`Register ${review.values.name}?`}
          confirmLabel="Register in Stamps"
          onConfirm={(reason) => confirm(review.values, reason)}
        >
          <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1" data-testid="register-summary">
            <dt>Email</dt>
            <dd className="text-foreground">{review.values.email}</dd>
            <dt>Birthday</dt>
            <dd className="text-foreground">{formatDate(review.values.birthday)}</dd>
            <dt>Gender</dt>
            <dd className="text-foreground">{review.values.gender === "male" ? "Male" : "Female"}</dd>
            <dt>Store</dt>
            <dd className="text-foreground">{storeName(review.values.store)}</dd>
            {review.values.phone ? (
              <>
                <dt>Phone</dt>
                <dd className="text-foreground">{review.values.phone}</dd>
              </>
            ) : null}
            {review.values.cardNumber ? (
              <>
                <dt>Card number</dt>
                <dd className="text-foreground">{review.values.cardNumber}</dd>
              </>
            ) : null}
          </dl>
        </ConfirmActionDialog>
      ) : null}
    </FormDialog>
  );
}
