"use client";

import { Download, Plus, RotateCcw } from "lucide-react";
import { toast } from "sonner";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/errors";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { TCampaignDetail } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { CampaignRowsTable } from "./campaign-rows-table";
import { RunProgress } from "./run-step";

/** Step 6: per row the voucher or the error in plain words; download; retry what can change on retry. */
export function ResultsStep({ campaign, onAddRows }: { campaign: TCampaignDetail; onAddRows: () => void }) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const scope = { merchantId: merchant.id, campaignId: campaign.id };
  const progress = api.campaigns.getProgress.useQuery(scope);
  const retry = api.campaigns.retryFailed.useMutation();
  const failed = progress.data?.counts.failed ?? campaign.counts.failed;
  // Only rows whose error can change on a new try ("member not found" cannot).
  const retryable = progress.data?.retryableFailed ?? 0;

  const retryFailed = async () => {
    try {
      await retry.mutateAsync(scope);
      toast.success(
        retryable === 1 ? "The failed row is being issued again" : "The failed rows are being issued again",
      );
      await Promise.all([utils.campaigns.get.invalidate(), utils.campaigns.getProgress.invalidate()]);
    } catch (error) {
      toast.error(getErrorMessage(error));
    }
  };

  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground">
        {[
          campaign.startedAt ? `Started ${formatDateTime(campaign.startedAt, merchant.timeZone)}` : null,
          campaign.finishedAt
            ? `${campaign.status === "CANCELLED" ? "cancelled" : "finished"} ${formatDateTime(campaign.finishedAt, merchant.timeZone)}`
            : campaign.status === "CANCELLED"
              ? "cancelled"
              : "finished",
          campaign.approvedBy ? `approved by ${campaign.approvedBy.name}` : null,
        ]
          .filter(Boolean)
          .join(" · ")
          .replace(/^./, (first) => first.toUpperCase())}
      </p>
      {progress.data ? <RunProgress progress={progress.data} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="outline" asChild>
          <a href={`/api/campaigns/${campaign.id}/results?merchantId=${merchant.id}`} download>
            <Download aria-hidden />
            Download results
          </a>
        </Button>
        {retryable > 0 && campaign.status !== "CANCELLED" ? (
          <Button variant="outline" loading={retry.isPending} onClick={() => void retryFailed()}>
            <RotateCcw aria-hidden />
            {retryable === 1 ? "Retry 1 failed row" : `Retry ${formatNumber(retryable)} failed rows`}
          </Button>
        ) : null}
        <Button variant="ghost" onClick={onAddRows}>
          <Plus aria-hidden />
          Add members
        </Button>
      </div>
      <CampaignRowsTable
        campaignId={campaign.id}
        outcomes={["all", "issued", "failed", "notIssued", "problems"]}
        initialOutcome={failed > 0 ? "failed" : "all"}
        campaignStopped={campaign.status === "CANCELLED"}
      />
    </div>
  );
}
