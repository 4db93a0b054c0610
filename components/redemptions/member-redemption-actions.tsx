"use client";

import { ChevronDown, Gift, Receipt, TicketCheck, TicketPercent, Undo2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useCanAccess } from "@/components/console/staff-context";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { RouterOutputs } from "@/lib/trpc/react";
import type { RedeemKind } from "./redeem-form-types";
import { RedeemDialog } from "./redeem-dialog";

const ITEMS: { kind: RedeemKind; label: string; icon: React.ReactNode }[] = [
  { kind: "reward", label: "A reward…", icon: <Gift aria-hidden /> },
  { kind: "voucher", label: "A voucher…", icon: <TicketCheck aria-hidden /> },
  { kind: "promoCode", label: "A promo code…", icon: <TicketPercent aria-hidden /> },
  { kind: "voucherCode", label: "A voucher code…", icon: <Receipt aria-hidden /> },
];

/** Buttons on the member page header for this area; the procedures behind them check roles again. */
export function MemberRedemptionActions({ member }: { member: RouterOutputs["members"]["get"] }) {
  const canRedeem = useCanAccess("redemptions");
  const [open, setOpen] = useState<{ kind: RedeemKind; key: number } | null>(null);
  if (!canRedeem) return null;

  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm">
            Redeem…
            <ChevronDown aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-56">
          <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
            Redeem for {member.name}
          </DropdownMenuLabel>
          {ITEMS.map((item) => (
            <DropdownMenuItem key={item.kind} onSelect={() => setOpen({ kind: item.kind, key: Date.now() })}>
              {item.icon}
              {item.label}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href={`/redemptions?member=${member.id}`}>
              <Undo2 aria-hidden />
              Cancel a redemption…
            </Link>
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {open ? (
        <RedeemDialog
          key={open.key}
          kind={open.kind}
          member={member}
          open
          onOpenChange={(next) => !next && setOpen(null)}
        />
      ) : null}
    </>
  );
}
