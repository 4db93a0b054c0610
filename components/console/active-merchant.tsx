"use client";

import { Store } from "lucide-react";
import { cn } from "@/lib/utils";
import { useOptionalMerchant } from "./merchant-context";

/** Which merchant the screen acts for, where it matters: a member's stamps and every change are per merchant. */
export function ActiveMerchant({ className, prefix = "At" }: { className?: string; prefix?: string }) {
  const merchant = useOptionalMerchant();
  if (!merchant) return null;
  return (
    <p
      className={cn("flex items-center gap-1.5 text-sm text-muted-foreground", className)}
      data-testid="active-merchant"
    >
      <Store className="size-3.5 shrink-0" aria-hidden />
      <span>
        {prefix} <span className="font-medium text-foreground">{merchant.name}</span> · merchant{" "}
        {merchant.stampsMerchantId}
      </span>
    </p>
  );
}
