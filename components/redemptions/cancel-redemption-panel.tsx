"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { useServerErrors } from "@/components/console/use-server-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { parseError, type TParsedError } from "@/lib/errors";
import { toCancelRedemptionRequest } from "@/lib/redemption-requests";
import { ZCancelRedemptionFields } from "@/lib/schemas/redemptions";
import { api, type RouterOutputs } from "@/lib/trpc/react";
import { CancelResult } from "./cancel-result";
import { MemberLookup } from "./member-lookup";
import { digitsToNumber } from "./place-fields";
import { useRedemptionRefresh, type Member } from "./redemption-hooks";
import { RefusalAlert } from "./refusal-alert";

type Values = z.output<typeof ZCancelRedemptionFields>;

const VOUCHER_CHOICES = [
  { value: false, label: "Make it usable again", hint: "Stamps' default: the member keeps the same voucher code." },
  {
    value: true,
    label: "Issue a replacement voucher",
    hint: "A new code of the same voucher, valid as long as the old one.",
  },
] as const;

/** Cancels a redemption by its ID: who it belongs to, what will be sent, a reason, then what Stamps changed. */
export function CancelRedemptionPanel({
  initialMember,
  initialRedemption,
}: {
  initialMember?: string;
  /** From a member's Redemptions tab: the redemption to cancel. */
  initialRedemption?: number;
}) {
  const merchant = useMerchant();
  const refresh = useRedemptionRefresh();
  const cancel = api.redemptions.cancel.useMutation();
  const [member, setMember] = useState<Member | null>(null);
  const [memberError, setMemberError] = useState<string | null>(null);
  const [review, setReview] = useState<{ values: Values; member: Member; key: number } | null>(null);
  const [refusal, setRefusal] = useState<TParsedError | null>(null);
  const [result, setResult] = useState<RouterOutputs["redemptions"]["cancel"] | null>(null);
  const form = useForm<z.input<typeof ZCancelRedemptionFields>, unknown, Values>({
    resolver: zodResolver(ZCancelRedemptionFields),
    defaultValues: { createReplacementVoucher: false, ...(initialRedemption && { redemptionId: initialRedemption }) },
  });
  useServerErrors(form, ["redemptionId"], refusal);
  const onMember = useCallback((found: Member | null) => {
    setMember(found);
    if (found) setMemberError(null);
  }, []);

  if (result) {
    return (
      <CancelResult
        result={result}
        onAnother={() => {
          setResult(null);
          setRefusal(null);
          form.reset({ createReplacementVoucher: false });
        }}
      />
    );
  }

  const toReview = (values: Values) => {
    if (!member) {
      setMemberError("Find the member this redemption belongs to");
      return;
    }
    setReview({ values, member, key: Date.now() });
  };

  const confirm = async (reason: string) => {
    if (!review) return;
    const { values } = review;
    try {
      const answer = await cancel.mutateAsync({
        merchantId: merchant.id,
        memberId: review.member.id,
        ...values,
        reason,
      });
      setResult(answer);
      toast.success(`Redemption #${answer.redemptionId} cancelled`);
    } catch (error) {
      setRefusal(parseError(error));
    } finally {
      setReview(null);
      void refresh();
    }
  };

  const sent = review ? toCancelRedemptionRequest(review.values) : null;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Cancel a redemption</CardTitle>
        <CardDescription>
          For a redemption a POS recorded by mistake. Stamps gives the stamps it used back to the member.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Form {...form}>
          <form onSubmit={(event) => void form.handleSubmit(toReview)(event)} noValidate className="grid gap-5">
            <RefusalAlert refusal={refusal} title="Stamps did not cancel it" />
            <FormField
              control={form.control}
              name="redemptionId"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Redemption ID</FormLabel>
                  <FormControl>
                    <Input
                      inputMode="numeric"
                      autoComplete="off"
                      className="max-w-48 font-mono"
                      placeholder="e.g. 199061"
                      value={field.value ?? ""}
                      onChange={(event) => field.onChange(digitsToNumber(event.target.value))}
                      onBlur={field.onBlur}
                      ref={field.ref}
                    />
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
            <MemberLookup initialUser={initialMember} error={memberError} onMember={onMember} />
            <FormField
              control={form.control}
              name="createReplacementVoucher"
              render={({ field }) => (
                <FormItem>
                  <fieldset className="grid gap-2">
                    <legend className="mb-2 text-sm font-medium">If the redemption used a voucher</legend>
                    {VOUCHER_CHOICES.map((choice) => (
                      <label
                        key={String(choice.value)}
                        className="flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm has-checked:border-primary has-checked:bg-primary/5 has-focus-visible:ring-[3px] has-focus-visible:ring-ring/50"
                      >
                        <input
                          type="radio"
                          name="createReplacementVoucher"
                          className="mt-0.5 size-4 accent-primary"
                          checked={field.value === choice.value}
                          onChange={() => field.onChange(choice.value)}
                        />
                        <span>
                          <span className="block font-medium">{choice.label}</span>
                          <span className="text-muted-foreground">{choice.hint}</span>
                        </span>
                      </label>
                    ))}
                  </fieldset>
                </FormItem>
              )}
            />
            <div>
              <Button type="submit" variant="destructive">
                Review cancellation
              </Button>
            </div>
          </form>
        </Form>
      </CardContent>
      {review && sent ? (
        <ConfirmActionDialog
          reasonFor="redemption.cancel"
          key={review.key}
          open
          destructive
          onOpenChange={(next) => !next && setReview(null)}
          title={`Cancel redemption #${review.values.redemptionId}?`}
          confirmLabel="Cancel redemption"
          onConfirm={confirm}
        >
          <p>
            Stamps undoes redemption <strong className="text-foreground">#{review.values.redemptionId}</strong> of{" "}
            <strong className="text-foreground">{review.member.name}</strong> (member {review.member.id}): the stamps it
            used go back to the member
            {review.values.createReplacementVoucher ? ", and a voucher it used is replaced with a new code" : ""}. This
            cannot be undone.
          </p>
          <ul className="grid list-disc gap-1 pl-5" data-testid="cancel-summary">
            <li>Redemption #{review.values.redemptionId} is undone in Stamps.</li>
            <li>
              The stamps it used go back to {review.member.name}, who holds {review.member.stamps} now.
            </li>
            <li>
              {review.values.createReplacementVoucher
                ? "A voucher it used is replaced by a new code of the same voucher."
                : "A voucher it used becomes usable again with the same code."}
            </li>
          </ul>
          <details className="text-xs">
            <summary className="cursor-pointer text-muted-foreground">Details</summary>
            <p className="mt-2 font-medium">What the back office sends to Stamps</p>
            <pre
              className="mt-1 overflow-x-auto rounded-md bg-muted px-3 py-2 font-mono text-xs text-foreground"
              data-testid="cancel-request"
            >
              {`POST /api/redemptions/cancel\n${JSON.stringify(sent, null, 2)}`}
            </pre>
          </details>
        </ConfirmActionDialog>
      ) : null}
    </Card>
  );
}
