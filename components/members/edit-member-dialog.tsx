"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowRight } from "lucide-react";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { FormDialog, FormDialogFooter } from "@/components/console/form-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Form } from "@/components/ui/form";
import { diffMemberProfile, type ProfileChange } from "@/lib/member-profile-diff";
import { MEMBER_PROFILE_LABELS, ZUpdateMemberFields } from "@/lib/schemas/members";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { MemberProfileFields, PROFILE_FIELDS } from "./member-profile-fields";

type Member = RouterOutputs["members"]["get"];
type FormInput = z.input<typeof ZUpdateMemberFields>;
type FormOutput = z.output<typeof ZUpdateMemberFields>;

const CLEARABLE = ["email", "phone", "address"] as const;

function profileOf(member: Member) {
  return {
    name: member.name,
    email: member.email ?? "",
    birthday: member.birthday ?? "",
    gender: member.gender ?? undefined,
    // Stamps adds a card sent to memberships/change to the member's cards; the field holds a new one.
    cardNumber: "",
    phone: member.phone ?? "",
    address: member.address ?? "",
  };
}

/**
 * Edit a member's profile in Stamps: the form, then a review of only what changes (before → after)
 * with the reason. Mount with a new `key` each time it opens.
 */
export function EditMemberDialog({
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
  const update = api.members.update.useMutation();
  const before = useMemo(() => profileOf(member), [member]);
  const [reason, setReason] = useState("");
  const [review, setReview] = useState<{ values: FormOutput; changes: ProfileChange[]; key: number } | null>(null);
  const [unchanged, setUnchanged] = useState(false);

  // Stamps' change endpoint has no way to remove a value: an emptied field would silently stay as it was.
  const schema = useMemo(
    () =>
      ZUpdateMemberFields.superRefine((values, ctx) => {
        for (const field of CLEARABLE) {
          if (before[field] && !values[field]) {
            ctx.addIssue({
              code: "custom",
              path: [field],
              message: `Stamps cannot remove the ${MEMBER_PROFILE_LABELS[field].toLowerCase()}; enter the new one instead`,
            });
          }
        }
      }),
    [before],
  );
  const form = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(schema), defaultValues: before });
  const serverErrors = useServerErrors(form, PROFILE_FIELDS);

  function toReview(values: FormOutput) {
    const changes = describeCards(member, diffMemberProfile(before, values));
    setUnchanged(changes.length === 0);
    if (changes.length > 0) setReview({ values, changes, key: Date.now() });
  }

  async function confirm(values: FormOutput, reason: string) {
    try {
      const saved = await update.mutateAsync({ ...values, memberId: member.id, merchantId: merchant.id, reason });
      // Show what Stamps now holds at once; the page's copy is fetched again below, but would flash the old values.
      utils.members.get.setData({ merchantId: merchant.id, user: String(member.id) }, (old) =>
        old ? { ...old, ...saved } : old,
      );
      setReview(null);
      onOpenChange(false);
      toast.success(`Stamps now holds ${saved.name}'s new details.`);
      await Promise.all([utils.members.get.invalidate(), utils.members.findMemberActivity.invalidate()]);
    } catch (error) {
      if (serverErrors.toFields(error)) setReview(null);
      else throw error;
    }
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      busy={update.isPending}
      dirty={form.formState.isDirty}
      title={`Edit ${member.name}`}
      description="Changes the member's profile in Stamps. You will see what changes before anything is saved."
    >
      <Form {...form}>
        <form
          noValidate
          className="grid gap-6"
          onChange={() => unchanged && setUnchanged(false)}
          onSubmit={(event) => void form.handleSubmit(toReview)(event)}
        >
          <fieldset disabled={update.isPending} className="grid gap-4">
            <MemberProfileFields
              emailOptional={!member.email}
              cardLabel="Add a card number"
              cardHint={
                member.memberIds.length ? `Added to ${member.memberIds.join(", ")}.` : "The member has no card yet."
              }
            />
          </fieldset>
          {unchanged ? (
            <p role="status" className="rounded-md bg-muted px-3 py-2 text-sm">
              Nothing changed: every field still matches what Stamps holds. Change a field, or close this window.
            </p>
          ) : null}
          <FormDialogFooter submitLabel="Review changes" onCancel={() => onOpenChange(false)} />
        </form>
      </Form>
      {review ? (
        <ConfirmActionDialog
          reasonFor="member.update"
          key={review.key}
          open
          onOpenChange={(next) => !next && setReview(null)}
          reason={reason}
          onReasonChange={setReason}
          title={`Save ${review.changes.length === 1 ? "1 change" : `${review.changes.length} changes`} to ${member.name}?`}
          confirmLabel="Save in Stamps"
          onConfirm={(reason) => confirm(review.values, reason)}
        >
          <ul className="divide-y rounded-md border text-sm" aria-label="Changes">
            {review.changes.map((change) => (
              <li
                key={change.field}
                className="grid grid-cols-[6.5rem_1fr_auto_1fr] items-baseline gap-x-2 px-3 py-2"
                data-field={change.field}
              >
                <span className="text-xs font-medium text-foreground">{change.label}</span>
                <span className="min-w-0 break-words" data-testid="change-before">
                  {change.before}
                </span>
                <ArrowRight className="size-3.5 shrink-0 self-center" aria-hidden />
                <span className="sr-only">becomes</span>
                <span className="min-w-0 font-medium break-words text-foreground" data-testid="change-after">
                  {change.after}
                </span>
              </li>
            ))}
          </ul>
        </ConfirmActionDialog>
      ) : null}
    </FormDialog>
  );
}

/** A new card number is added to the member's cards: show the card list before and after. */
function describeCards(member: Member, changes: ProfileChange[]): ProfileChange[] {
  return changes.flatMap((change) => {
    if (change.field !== "cardNumber") return [change];
    if (member.memberIds.includes(change.after)) return [];
    return [
      {
        ...change,
        label: "Card numbers",
        before: member.memberIds.join(", ") || "—",
        after: [...member.memberIds, change.after].join(", "),
      },
    ];
  });
}
