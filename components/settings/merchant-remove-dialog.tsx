"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { api } from "@/lib/trpc/react";
import type { Merchant } from "./merchant-dialog";

/** Removal asks for the merchant's name typed out and a reason; its audit events stay. */
export function MerchantRemoveDialog({ merchant, onClose }: { merchant: Merchant; onClose: () => void }) {
  const router = useRouter();
  const utils = api.useUtils();
  const remove = api.merchants.remove.useMutation();
  const [typed, setTyped] = useState("");

  return (
    <ConfirmActionDialog
      reasonFor="merchant.remove"
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Remove ${merchant.name}?`}
      confirmLabel="Remove merchant"
      destructive
      onConfirm={async (reason) => {
        if (typed.trim() !== merchant.name) throw new Error(`Type the name exactly as shown: ${merchant.name}`);
        await remove.mutateAsync({ id: merchant.id, confirmName: typed.trim(), reason });
        toast.success(`${merchant.name} is removed`);
        onClose();
        void utils.merchants.find.invalidate();
        void utils.staff.find.invalidate();
        // The sidebar's merchant switcher is rendered on the server.
        router.refresh();
      }}
    >
      <p>
        The back office forgets this merchant: its API token, stores, voucher templates, campaign limits and campaigns.
        Staff lose access to it. Its audit events stay. Nothing changes in Stamps.
      </p>
      <div className="grid gap-2 text-foreground">
        <Label htmlFor="confirm-merchant-name">
          Type <strong>{merchant.name}</strong> to confirm
        </Label>
        <Input
          id="confirm-merchant-name"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
    </ConfirmActionDialog>
  );
}
