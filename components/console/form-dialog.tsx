"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
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
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  busy: boolean;
  title: string;
  description: React.ReactNode;
  className?: string;
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
