"use client";

import { Download, Loader2, SearchCheck } from "lucide-react";
import { toast } from "sonner";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import type { TCampaignDetail } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { CampaignRowsTable } from "./campaign-rows-table";
import { CampaignSummaryCard } from "./campaign-summary-card";

export function useCampaignSummary(campaign: TCampaignDetail, live = false) {
  const merchant = useMerchant();
  return api.campaigns.getSummary.useQuery(
    { merchantId: merchant.id, campaignId: campaign.id },
    { refetchInterval: live ? 2000 : false },
  );
}

const dryRunBusy = (status: string | null) => status === "REQUESTED" || status === "RUNNING";

/** Step 3: the summary, the rows with problems, an optional dry run, then submit. */
export function PreviewStep({ campaign }: { campaign: TCampaignDetail }) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const checking = dryRunBusy(campaign.dryRunStatus);
  const summary = useCampaignSummary(campaign, checking);
  const dryRun = api.campaigns.requestDryRun.useMutation();
  const submit = api.campaigns.submit.useMutation();
  const scope = { merchantId: merchant.id, campaignId: campaign.id };

  const refresh = () =>
    Promise.all([
      utils.campaigns.get.invalidate(),
      utils.campaigns.getSummary.invalidate(),
      utils.campaigns.findRows.invalidate(),
    ]);

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      toast.success(done);
      await refresh();
    } catch (error) {
      toast.error(getErrorMessage(error));
    }
  };

  return (
    <div className="grid gap-6">
      <CampaignSummaryCard campaign={campaign} summary={summary.data} />
      <div className="flex flex-wrap items-center gap-3 rounded-lg border bg-muted/30 p-4">
        <SearchCheck className="size-5 text-muted-foreground" aria-hidden />
        <div className="min-w-0 flex-1 text-sm">
          <p className="font-medium">Dry run (optional)</p>
          <p className="text-muted-foreground" aria-live="polite">
            {checking
              ? "Checking every member exists in Stamps, at the merchant's request rate…"
              : campaign.dryRunStatus === "DONE" && campaign.dryRunCheckedAt
                ? `Checked ${formatDateTime(campaign.dryRunCheckedAt, merchant.timeZone)}: members Stamps does not know are skipped.`
                : "Checks that every member exists in Stamps before anything is issued. Nothing is issued."}
          </p>
        </div>
        <Button
          variant="outline"
          disabled={checking}
          loading={dryRun.isPending}
          onClick={() => void act(() => dryRun.mutateAsync(scope), "Dry run started")}
        >
          {checking ? <Loader2 className="animate-spin" aria-hidden /> : null}
          {checking ? "Checking…" : campaign.dryRunStatus === "DONE" ? "Check again" : "Run a dry run"}
        </Button>
      </div>
      <section aria-labelledby="problem-rows" className="grid gap-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <h3 id="problem-rows" className="font-semibold">
            Rows of the file
          </h3>
          <Button variant="outline" size="sm" asChild>
            <a href={`/api/campaigns/${campaign.id}/problems?merchantId=${merchant.id}`} download>
              <Download aria-hidden />
              Download problem rows
            </a>
          </Button>
        </div>
        <CampaignRowsTable
          campaignId={campaign.id}
          outcomes={["problems", "toIssue", "all"]}
          initialOutcome={summary.data?.skipped === 0 ? "all" : "problems"}
          live={checking}
        />
      </section>
      <div className="flex flex-wrap items-center gap-3 border-t pt-6">
        <Button
          size="lg"
          disabled={checking || !summary.data || summary.data.toIssue === 0}
          loading={submit.isPending}
          onClick={() =>
            void act(
              () => submit.mutateAsync(scope),
              summary.data?.needsApproval
                ? "Submitted: waiting for someone else to approve it"
                : "Submitted: ready to run",
            )
          }
        >
          {summary.data?.needsApproval ? "Submit for approval" : "Submit"}
        </Button>
        <p className="text-sm text-muted-foreground">
          {checking ? "Wait for the dry run to finish." : "Nothing is issued until the campaign is started."}
        </p>
      </div>
    </div>
  );
}
