"use client";

import { Plus } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { useCanAccess } from "@/components/console/staff-context";
import type { RouterOutputs } from "@/lib/trpc/react";

/** Buttons on the member page header for this area; the procedures behind them check roles again. */
export function MemberTransactionActions({ member }: { member: RouterOutputs["members"]["get"] }) {
  const canUse = useCanAccess("transactions");
  if (!canUse) return null;
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={`/transactions/new?member=${member.id}`}>
        <Plus className="size-4" aria-hidden />
        Add transaction
      </Link>
    </Button>
  );
}
