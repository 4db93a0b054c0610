"use client";

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
 * dismissed while `busy`; mount it with a new `key` each time it opens so the form starts fresh.
 */
export function FormDialog({
  open,
  onOpenChange,
  busy,
  title,
  description,
  className,
  onOpenAutoFocus,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  busy: boolean;
  title: string;
  description: React.ReactNode;
  className?: string;
  /** Where focus goes when it opens; by default the first focusable element. */
  onOpenAutoFocus?: (event: Event) => void;
  children: React.ReactNode;
}) {
  const blockWhileBusy = (event: Event) => {
    if (busy) event.preventDefault();
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (next || !busy) && onOpenChange(next)}>
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
