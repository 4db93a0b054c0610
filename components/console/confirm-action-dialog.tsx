"use client";

import { useState } from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/errors";
import { REASONS, type TReasonAction } from "@/lib/reasons";
import { ZOptionalReason, ZReason } from "@/lib/schemas/common";
import { ActiveMerchant } from "./active-merchant";
import { ReasonField } from "./reason-field";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What will happen, in the user's terms: amounts, stamps, what cannot be undone. */
  children: React.ReactNode;
  confirmLabel: string;
  destructive?: boolean;
  /** Which action this is: its common reasons are offered, and whether a reason is required. */
  reasonFor: TReasonAction;
  /** Runs the action with the reason ("" when an optional one was left out); a thrown error keeps the dialog open. */
  onConfirm: (reason: string) => Promise<void>;
  /** The reason typed the last time this review was open, so going back to the form does not lose it. */
  reason?: string;
  onReasonChange?: (reason: string) => void;
};

/**
 * Asks for confirmation and a reason before an action that changes Stamps. It cannot be closed while
 * the action runs, and it starts empty each time it opens (mount it with a new key).
 */
export function ConfirmActionDialog({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  destructive,
  reasonFor,
  onConfirm,
  reason: keptReason = "",
  onReasonChange,
}: Props) {
  const [reason, setOwnReason] = useState(keptReason);
  const setReason = (next: string) => {
    setOwnReason(next);
    onReasonChange?.(next);
  };
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const parsed = (REASONS[reasonFor].optional ? ZOptionalReason : ZReason).safeParse(reason);
    if (!parsed.success) {
      setReasonError(parsed.error.issues[0]?.message ?? "Give a reason");
      return;
    }
    setReasonError(null);
    setError(null);
    setPending(true);
    try {
      await onConfirm(parsed.data ?? "");
    } catch (caught) {
      setError(getErrorMessage(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => (pending ? undefined : onOpenChange(next))}>
      <AlertDialogContent onEscapeKeyDown={(event) => pending && event.preventDefault()}>
        <form onSubmit={(event) => void confirm(event)} className="grid gap-4">
          <AlertDialogHeader>
            <AlertDialogTitle>{title}</AlertDialogTitle>
            <ActiveMerchant prefix="For" className="text-xs" />
            <AlertDialogDescription asChild>
              <div className="grid gap-2 text-sm text-muted-foreground">{children}</div>
            </AlertDialogDescription>
          </AlertDialogHeader>
          <fieldset disabled={pending}>
            <ReasonField action={reasonFor} value={reason} onChange={setReason} error={reasonError} autoFocus />
          </fieldset>
          {error ? (
            <p
              role="alert"
              className="rounded-md border border-destructive/40 bg-destructive/5 px-3 py-2 text-sm text-destructive"
            >
              {error}
            </p>
          ) : null}
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Keep as is</AlertDialogCancel>
            <Button type="submit" variant={destructive ? "destructive" : "default"} loading={pending}>
              {confirmLabel}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
