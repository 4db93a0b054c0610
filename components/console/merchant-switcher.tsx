"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { switchMerchantAction } from "@/app/(console)/actions";
import type { ConsoleMerchant } from "./merchant-context";

/**
 * Pages about one member or transaction belong to the merchant they were opened for: another merchant's stamps,
 * sales and redemptions are not the same records, so after a switch these go to the list the page came from.
 */
function pageForOtherMerchant(pathname: string) {
  if (/^\/members\/\d+/.test(pathname)) return { href: "/members", what: "this member's page", back: "Members" };
  if (/^\/transactions\/(\d+|new)/.test(pathname))
    return { href: "/transactions", what: "this transaction", back: "Transactions" };
  if (pathname.startsWith("/campaigns/") && pathname !== "/campaigns/new")
    return { href: "/campaigns", what: "this campaign", back: "Campaigns" };
  return null;
}

export function MerchantSwitcher({ merchants, currentId }: { merchants: ConsoleMerchant[]; currentId: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
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
          if (result.error) {
            toast.error(result.error);
            return;
          }
          const name = merchants.find((merchant) => merchant.id === merchantId)?.name ?? "the other merchant";
          const leave = pageForOtherMerchant(pathname);
          if (leave) {
            toast.info(`Now working for ${name}`, {
              description: `${leave.what[0]!.toUpperCase()}${leave.what.slice(1)} belonged to the merchant before, so you are back at ${leave.back}.`,
            });
            router.push(leave.href);
          } else {
            toast.info(`Now working for ${name}`);
            router.refresh();
          }
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
