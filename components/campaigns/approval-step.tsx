"use client";

import { Hourglass, ShieldCheck } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useMerchant } from "@/components/console/merchant-context";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import type { TCampaignDetail } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { CampaignRowsTable } from "./campaign-rows-table";
import { CampaignSummaryCard } from "./campaign-summary-card";
import { useCampaignSummary } from "./preview-step";

/** Step 4: the approver sees the summary and the rows; the creator sees that someone else must approve. */
export function ApprovalStep({ campaign }: { campaign: TCampaignDetail }) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const summary = useCampaignSummary(campaign);
  const approve = api.campaigns.approve.useMutation();
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    try {
      await approve.mutateAsync({ merchantId: merchant.id, campaignId: campaign.id });
      toast.success("Approved: the campaign can be started");
      await utils.campaigns.get.invalidate();
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      setConfirming(false);
    }
  };

  return (
    <div className="grid gap-6">
      {campaign.isCreator ? (
        <div className="flex gap-3 rounded-lg border bg-muted/40 p-4" role="status">
          <Hourglass className="mt-0.5 size-5 text-muted-foreground" aria-hidden />
          <div className="text-sm">
            <p className="font-medium">Waiting for approval by someone else</p>
            <p className="text-muted-foreground">
              This campaign is above the merchant&apos;s limits. Another marketing or admin colleague must approve it;
              it then shows as ready to run.
            </p>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-primary/30 bg-primary/5 p-4">
          <ShieldCheck className="size-5 text-primary" aria-hidden />
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-medium">{campaign.createdBy?.name ?? "A colleague"} asks you to approve this campaign</p>
            <p className="text-muted-foreground">Check the summary and the skipped rows below before you approve.</p>
          </div>
          <Button onClick={() => setConfirming(true)}>Approve campaign</Button>
        </div>
      )}
      <CampaignSummaryCard campaign={campaign} summary={summary.data} />
      <CampaignRowsTable campaignId={campaign.id} outcomes={["problems", "toIssue", "all"]} initialOutcome="problems" />
      <AlertDialog open={confirming} onOpenChange={(next) => !approve.isPending && setConfirming(next)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Approve {campaign.name}?</AlertDialogTitle>
            <AlertDialogDescription>
              {summary.data
                ? `${formatNumber(summary.data.toIssue)} members will get "${campaign.templateName}" once someone starts it. Your name is recorded as the approver.`
                : "Your name is recorded as the approver."}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={approve.isPending}>Not now</AlertDialogCancel>
            <AlertDialogAction
              disabled={approve.isPending}
              onClick={(event) => {
                event.preventDefault();
                void confirm();
              }}
            >
              Approve
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
