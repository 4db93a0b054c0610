"use client";

import type { RouterOutputs } from "@/lib/trpc/react";

/** Buttons on the member page header for this area; the procedures behind them check roles again. */
export function MemberActions(_props: { member: RouterOutputs["members"]["get"] }) {
  return null;
}
