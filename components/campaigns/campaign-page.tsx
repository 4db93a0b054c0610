"use client";

import { Check } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useMerchant } from "@/components/console/merchant-context";
import { PageHeader } from "@/components/console/page-header";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { getErrorMessage } from "@/lib/errors";
import { formatDate, formatNumber, formatRupiah } from "@/lib/format";
import type { TCampaignDetail } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";
import { ApprovalStep } from "./approval-step";
import { CampaignStatusBadge } from "./campaign-status";
import { MappingStep } from "./mapping-step";
import { PreviewStep } from "./preview-step";
import { ResultsStep } from "./results-step";
import { RunStep } from "./run-step";
import { UploadStep } from "./upload-step";

const STEPS = [
  { key: "upload", label: "Upload" },
  { key: "columns", label: "Columns" },
  { key: "preview", label: "Preview" },
  { key: "approval", label: "Approval" },
  { key: "run", label: "Run" },
  { key: "results", label: "Results" },
] as const;
type Step = (typeof STEPS)[number]["key"];

/** Where the campaign stands, from its status and what it holds. */
function stepOf(campaign: TCampaignDetail): Step {
  switch (campaign.status) {
    case "DRAFT":
      if (campaign.rowCount === 0) return "upload";
      return campaign.columnMapping ? "preview" : "columns";
    case "AWAITING_APPROVAL":
      return "approval";
    case "READY":
    case "RUNNING":
    case "PAUSED":
      return "run";
    default:
      return "results";
  }
}

/** Steps a staff member may go back to: while a draft, the file and its columns can change. */
function reachable(campaign: TCampaignDetail, step: Step, current: Step) {
  if (step === current) return true;
  if (campaign.status !== "DRAFT") return false;
  if (step === "upload") return true;
  if (step === "columns") return campaign.rowCount > 0;
  if (step === "preview") return campaign.rowCount > 0 && campaign.columnMapping !== null;
  return false;
}

function Stepper({
  campaign,
  shown,
  current,
  onChoose,
}: {
  campaign: TCampaignDetail;
  shown: Step;
  current: Step;
  onChoose: (step: Step) => void;
}) {
  const currentIndex = STEPS.findIndex((step) => step.key === current);
  return (
    <ol className="mb-8 flex flex-wrap items-center gap-2 text-sm" aria-label="Campaign steps">
      {STEPS.map((step, index) => {
        const done = index < currentIndex;
        const canOpen = reachable(campaign, step.key, current);
        return (
          <li key={step.key} className="flex items-center gap-2">
            {index > 0 ? <span className="hidden h-px w-6 bg-border sm:block" aria-hidden /> : null}
            <button
              type="button"
              disabled={!canOpen}
              aria-current={shown === step.key ? "step" : undefined}
              onClick={() => onChoose(step.key)}
              className={cn(
                "flex items-center gap-2 rounded-full px-3 py-1.5 transition-colors",
                shown === step.key ? "bg-primary text-primary-foreground" : "text-muted-foreground",
                canOpen && shown !== step.key && "hover:bg-muted hover:text-foreground",
                !canOpen && "cursor-default",
              )}
            >
              <span
                className={cn(
                  "flex size-5 items-center justify-center rounded-full border text-xs",
                  shown === step.key && "border-primary-foreground/40",
                  done && shown !== step.key && "border-success bg-success text-success-foreground",
                )}
              >
                {done ? <Check className="size-3" aria-hidden /> : index + 1}
              </span>
              {step.label}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

export function CampaignPage({ campaignId }: { campaignId: number }) {
  const merchant = useMerchant();
  const campaign = api.campaigns.get.useQuery(
    { merchantId: merchant.id, campaignId },
    // A dry run, an approval by a colleague or the worker finishing change the campaign from elsewhere.
    {
      refetchInterval: (query) =>
        query.state.data?.status === "DRAFT" && !query.state.data.dryRunStatus?.match(/REQUESTED|RUNNING/)
          ? false
          : 3000,
    },
  );
  const [chosen, setChosen] = useState<{ step: Step; forStatus: string; mode?: "append" } | null>(null);
  // After an upload or a paste the guessed mapping is shown for checking before the preview, even though it is saved.
  const [reviewColumns, setReviewColumns] = useState(false);

  if (campaign.isPending) return <Skeleton className="h-96" aria-label="Loading the campaign" />;
  if (!campaign.data) {
    return (
      <div role="alert" className="grid max-w-lg gap-3">
        <p className="font-medium">The campaign could not be opened</p>
        <p className="text-sm text-muted-foreground">{getErrorMessage(campaign.error)}</p>
        <Button variant="outline" className="justify-self-start" asChild>
          <Link href="/campaigns">Back to campaigns</Link>
        </Button>
      </div>
    );
  }
  const data = campaign.data;
  const current = stepOf(data);
  // A choice holds only while the status it was made in lasts; a new status shows its own step.
  const status = `${data.status}:${data.rowCount}`;
  const shown: Step =
    reviewColumns && data.status === "DRAFT" && data.rowCount > 0
      ? "columns"
      : chosen?.forStatus === status
        ? chosen.step
        : current;
  const choose = (step: Step, mode?: "append") => {
    setReviewColumns(false);
    setChosen({ step, forStatus: `${data.status}:${data.rowCount}`, mode });
  };
  const showStep = (step: Step | null) => {
    setChosen(null);
    setReviewColumns(step === "columns");
  };

  return (
    <>
      <PageHeader
        title={data.name}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <CampaignStatusBadge status={data.status} />
            <span>{data.templateName}</span>
            <span>valid from {formatDate(data.startDate)}</span>
            <span>
              {formatNumber(data.defaultQuantity)} use{data.defaultQuantity === 1 ? "" : "s"}
              {data.defaultValue ? ` · ${formatRupiah(data.defaultValue)}` : ""}
            </span>
            {data.createdBy ? <span>created by {data.createdBy.name}</span> : null}
          </span>
        }
        actions={
          <Button variant="outline" asChild>
            <Link href="/campaigns">All campaigns</Link>
          </Button>
        }
      />
      <Stepper
        campaign={data}
        shown={shown === "upload" && chosen?.mode === "append" ? "upload" : shown}
        current={current}
        onChoose={(step) => choose(step)}
      />
      {shown === "upload" ? (
        <UploadStep campaignId={data.id} mode={chosen?.mode ?? "replace"} onDone={() => showStep("columns")} />
      ) : null}
      {shown === "columns" ? <MappingStep campaign={data} onDone={() => showStep(null)} /> : null}
      {shown === "preview" ? <PreviewStep campaign={data} /> : null}
      {shown === "approval" ? <ApprovalStep campaign={data} /> : null}
      {shown === "run" ? <RunStep campaign={data} /> : null}
      {shown === "results" ? <ResultsStep campaign={data} onAddRows={() => choose("upload", "append")} /> : null}
    </>
  );
}
