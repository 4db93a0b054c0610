"use client";

import type { RouterOutputs } from "@/lib/trpc/react";

export function MemberRewards(_props: { member: RouterOutputs["members"]["get"] }) {
  return <p className="text-muted-foreground py-6 text-center text-sm">Coming with the Stamps client for this area.</p>;
}
