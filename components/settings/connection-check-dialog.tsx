"use client";

import { CheckCircle2, XCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { getErrorMessage } from "@/lib/errors";
import { api } from "@/lib/trpc/react";
import type { Merchant } from "./merchant-dialog";

/** "Test connection": one cheap read from Stamps with the stored token, answered in plain words. */
export function ConnectionCheckDialog({ merchant, onClose }: { merchant: Merchant; onClose: () => void }) {
  // Asked afresh each time the dialog opens, never from a cache: the point is how it is now.
  const check = api.merchants.testConnection.useQuery(
    { id: merchant.id },
    { gcTime: 0, staleTime: 0, retry: false, refetchOnWindowFocus: false },
  );

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Connection to Stamps: {merchant.name}</DialogTitle>
          <DialogDescription>
            Reads the rewards catalogue with the stored token; nothing changes in Stamps.
          </DialogDescription>
        </DialogHeader>
        <div role="status" aria-live="polite" className="min-h-16">
          {check.isFetching ? (
            <div className="grid gap-2">
              <span className="sr-only">Testing the connection…</span>
              <Skeleton className="h-5 w-3/4" />
              <Skeleton className="h-5 w-1/2" />
            </div>
          ) : check.isError ? (
            <p className="text-sm text-destructive">{getErrorMessage(check.error)}</p>
          ) : check.data ? (
            <div className="grid gap-2">
              <p className="flex items-start gap-2 text-sm">
                {check.data.ok ? (
                  <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
                ) : (
                  <XCircle className="mt-0.5 size-4 shrink-0 text-destructive" aria-hidden />
                )}
                <span>{check.data.message}</span>
              </p>
              {check.data.detail ? (
                <details className="text-xs text-muted-foreground">
                  <summary className="cursor-pointer">Details</summary>
                  <code className="font-mono">{check.data.detail}</code>
                </details>
              ) : null}
            </div>
          ) : null}
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={() => void check.refetch()} disabled={check.isFetching}>
            Test again
          </Button>
          <Button onClick={onClose}>Close</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
