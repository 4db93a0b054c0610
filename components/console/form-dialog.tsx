"use client";

import { useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { cn } from "@/lib/utils";

/**
 * A dialog holding a form whose confirmation (ConfirmActionDialog) opens on top of it. It cannot be
 * dismissed while `busy`; while `dirty`, Escape, a click outside or the close button ask before throwing the
 * typed work away. Mount it with a new `key` each time it opens so the form starts fresh.
 */
export function FormDialog({
  open,
  onOpenChange,
  busy,
  dirty = false,
  title,
  description,
  className,
  onOpenAutoFocus,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  busy: boolean;
  /** The form differs from what it opened with. */
  dirty?: boolean;
  title: string;
  description: React.ReactNode;
  className?: string;
  /** Where focus goes when it opens; by default the first focusable element. */
  onOpenAutoFocus?: (event: Event) => void;
  children: React.ReactNode;
}) {
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const blockWhileBusy = (event: Event) => {
    if (busy) event.preventDefault();
  };
  const dismiss = (next: boolean) => {
    if (next) onOpenChange(true);
    else if (busy) return;
    else if (dirty) setAskingToDiscard(true);
    else onOpenChange(false);
  };
  return (
    <Dialog open={open} onOpenChange={dismiss}>
      <DialogContent
        onEscapeKeyDown={blockWhileBusy}
        onInteractOutside={blockWhileBusy}
        onOpenAutoFocus={onOpenAutoFocus}
        className={cn("sm:max-w-xl", className)}
      >
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children}
        <AlertDialog open={askingToDiscard} onOpenChange={setAskingToDiscard}>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Discard your changes?</AlertDialogTitle>
              <AlertDialogDescription>What you typed in “{title}” has not been saved anywhere.</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Keep editing</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={() => onOpenChange(false)}>
                Discard changes
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </DialogContent>
    </Dialog>
  );
}

/** Cancel and submit for a FormDialog's form; while `busy` the submit button spins and neither can be pressed. */
export function FormDialogFooter({
  submitLabel,
  onCancel,
  busy = false,
  cancelLabel = "Cancel",
}: {
  submitLabel: string;
  onCancel: () => void;
  busy?: boolean;
  cancelLabel?: string;
}) {
  return (
    <DialogFooter>
      <Button type="button" variant="outline" disabled={busy} onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
    </DialogFooter>
  );
}
