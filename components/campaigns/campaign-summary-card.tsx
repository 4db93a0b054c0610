"use client";

import { AlertTriangle, CheckCircle2, CircleSlash, Ticket } from "lucide-react";
import Link from "next/link";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime, formatNumber, formatRupiah } from "@/lib/format";
import type { TCampaignDetail, TCampaignSummaryView } from "@/lib/schemas/campaign-views";
import { useMerchant } from "@/components/console/merchant-context";
import { STATUS_LABELS } from "./campaign-status";

function Figure({ icon, label, value, tone }: { icon: React.ReactNode; label: string; value: string; tone?: string }) {
  return (
    <div className="grid gap-1 rounded-lg border bg-card p-4">
      <span className="flex items-center gap-2 text-sm text-muted-foreground">
        {icon}
        {label}
      </span>
      <span className={`text-2xl font-semibold tabular-nums ${tone ?? ""}`}>{value}</span>
    </div>
  );
}

/** What the campaign will issue, what it skips and why, and a file used before. */
export function CampaignSummaryCard({
  campaign,
  summary,
}: {
  campaign: TCampaignDetail;
  summary: TCampaignSummaryView | undefined;
}) {
  const merchant = useMerchant();
  if (!summary) return <Skeleton className="h-40" aria-label="Loading the summary" />;
  return (
    <div className="grid gap-4">
      {summary.sameFile.length > 0 ? (
        <div role="alert" className="flex gap-3 rounded-lg border border-warning bg-warning/15 p-4 text-sm">
          <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden />
          <div>
            <p className="font-medium">This file was already used by another campaign</p>
            <p className="text-muted-foreground">
              The same content was uploaded for{" "}
              {summary.sameFile.map((other, index) => (
                <span key={other.id}>
                  {index > 0 ? ", " : ""}
                  <Link href={`/campaigns/${other.id}`} className="font-medium text-foreground underline">
                    {other.name}
                  </Link>{" "}
                  ({STATUS_LABELS[other.status].toLowerCase()}, {formatDateTime(other.createdAt, merchant.timeZone)})
                </span>
              ))}
              . Go ahead only if these members should get a voucher again.
            </p>
          </div>
        </div>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Figure
          icon={<CheckCircle2 className="size-4 text-success" aria-hidden />}
          label="Members to get a voucher"
          value={formatNumber(summary.toIssue)}
        />
        <Figure
          icon={<CircleSlash className="size-4" aria-hidden />}
          label="Rows skipped"
          value={formatNumber(summary.skipped)}
          tone={summary.skipped ? "text-muted-foreground" : ""}
        />
        <Figure
          icon={<Ticket className="size-4" aria-hidden />}
          label={summary.totalValue ? `Vouchers · total ${formatRupiah(summary.totalValue)}` : "Vouchers (all uses)"}
          value={formatNumber(summary.vouchers)}
        />
      </div>
      {summary.skippedByReason.length > 0 ? (
        <div className="rounded-lg border p-4">
          <p className="mb-2 text-sm font-medium">Why rows are skipped</p>
          <ul className="grid gap-1 text-sm">
            {summary.skippedByReason.map((entry) => (
              <li key={entry.reason} className="flex justify-between gap-4">
                <span>{entry.reason}</span>
                <span className="text-muted-foreground tabular-nums">{formatNumber(entry.count)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-muted-foreground">
            The campaign can go ahead without them. Fix them in the file and add them later if they should get a
            voucher.
          </p>
        </div>
      ) : null}
      {summary.needsApproval && campaign.status === "DRAFT" ? (
        <p className="text-sm text-muted-foreground">
          {summary.approvalReasons.join("; ")}: someone other than you must approve this campaign before it runs.
        </p>
      ) : null}
    </div>
  );
}
