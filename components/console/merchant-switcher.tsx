"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { switchMerchantAction } from "@/app/(console)/actions";
import type { ConsoleMerchant } from "./merchant-context";

export function MerchantSwitcher({ merchants, currentId }: { merchants: ConsoleMerchant[]; currentId: string | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  if (merchants.length === 0) return <p className="px-1 text-sm text-muted-foreground">No merchant assigned</p>;
  if (merchants.length === 1) {
    return (
      <div className="px-1">
        <p className="text-sm font-medium">{merchants[0]?.name}</p>
        <p className="text-xs text-muted-foreground">Merchant {merchants[0]?.stampsMerchantId}</p>
      </div>
    );
  }

  return (
    <Select
      value={currentId ?? undefined}
      disabled={pending}
      onValueChange={(merchantId) =>
        startTransition(async () => {
          const result = await switchMerchantAction(merchantId);
          if (result.error) toast.error(result.error);
          else router.refresh();
        })
      }
    >
      <SelectTrigger aria-label="Merchant" className="w-full">
        <SelectValue placeholder="Choose a merchant" />
      </SelectTrigger>
      <SelectContent>
        {[...merchants]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((merchant) => (
            <SelectItem key={merchant.id} value={merchant.id}>
              {merchant.name} <span className="text-muted-foreground">· {merchant.stampsMerchantId}</span>
            </SelectItem>
          ))}
      </SelectContent>
    </Select>
  );
}
