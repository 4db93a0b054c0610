"use client";

import { RewardsCatalogue } from "@/components/rewards/rewards-catalogue";
import { ValidateVoucherForm } from "./validate-voucher-form";

export function VouchersHome({ issueHint }: { issueHint: React.ReactNode }) {
  return (
    <div className="grid max-w-5xl items-start gap-6 lg:grid-cols-[3fr_2fr]">
      <div className="grid gap-6">
        <ValidateVoucherForm />
        {issueHint}
      </div>
      <RewardsCatalogue />
    </div>
  );
}
