"use client";

import { Pause, Play, Square, TriangleAlert } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { ConfirmActionDialog } from "@/components/console/confirm-action-dialog";
import { useMerchant } from "@/components/console/merchant-context";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import type { TCampaignDetail, TCampaignProgress } from "@/lib/schemas/campaign-views";
import { api } from "@/lib/trpc/react";
import { rowsToIssue } from "./campaign-status";

function duration(seconds: number | null) {
  if (seconds === null || !Number.isFinite(seconds)) return "—";
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function Stat({ label, value, tone }: { label: string; value: string; tone?: string }) {
  return (
    <div className="grid gap-0.5">
      <span className="text-xs tracking-wide text-muted-foreground uppercase">{label}</span>
      <span className={`text-2xl font-semibold tabular-nums ${tone ?? ""}`}>{value}</span>
    </div>
  );
}

/** The live bar: issued (green) and failed (red) out of every row to issue. */
export function RunProgress({ progress }: { progress: TCampaignProgress }) {
  const { counts } = progress;
  const total = rowsToIssue(counts);
  const remaining = counts.pending + counts.inFlight + counts.unknown;
  const done = total === 0 ? 0 : ((counts.issued + counts.failed) / total) * 100;
  const took =
    progress.finishedAt && progress.startedAt
      ? (progress.finishedAt.getTime() - progress.startedAt.getTime()) / 1000
      : null;
  return (
    <div className="grid gap-5 rounded-xl border bg-card p-6">
      <div className="flex items-baseline justify-between gap-4">
        <p className="text-4xl font-semibold tabular-nums">{Math.floor(done)}%</p>
        <p className="text-sm text-muted-foreground tabular-nums">
          {formatNumber(counts.issued + counts.failed)} of {formatNumber(total)} rows done
        </p>
      </div>
      <div
        role="progressbar"
        aria-label="Campaign progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={counts.issued + counts.failed}
        className="flex h-3 w-full overflow-hidden rounded-full bg-muted"
      >
        <div
          className="bg-success transition-[width] duration-700"
          style={{ width: `${total ? (counts.issued / total) * 100 : 0}%` }}
        />
        <div
          className="bg-destructive transition-[width] duration-700"
          style={{ width: `${total ? (counts.failed / total) * 100 : 0}%` }}
        />
      </div>
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        <Stat label="Issued" value={formatNumber(counts.issued)} tone="text-success" />
        <Stat label="Failed" value={formatNumber(counts.failed)} tone={counts.failed ? "text-destructive" : ""} />
        <Stat label="Remaining" value={formatNumber(remaining)} />
        {took === null ? (
          <Stat
            label="Rows per second"
            value={progress.issuedPerSecond === null ? "—" : progress.issuedPerSecond.toFixed(1)}
          />
        ) : (
          // Once finished the live pace is 0; the run's average says how fast it went.
          <Stat
            label="Average rows per second"
            value={took > 0 ? ((counts.issued + counts.failed) / took).toFixed(1) : "—"}
          />
        )}
        {took !== null ? (
          <Stat label="Took" value={duration(took)} />
        ) : (
          <Stat label="Time left" value={progress.status === "RUNNING" ? duration(progress.etaSeconds) : "—"} />
        )}
      </div>
    </div>
  );
}

/** Step 5: start, then a live progress bar polled every second; pause, resume, cancel with a reason. */
export function RunStep({ campaign }: { campaign: TCampaignDetail }) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const scope = { merchantId: merchant.id, campaignId: campaign.id };
  const active = campaign.status === "RUNNING" || campaign.status === "PAUSED";
  const progress = api.campaigns.getProgress.useQuery(scope, { refetchInterval: active ? 1000 : false });
  const start = api.campaigns.start.useMutation();
  const pause = api.campaigns.pause.useMutation();
  const resume = api.campaigns.resume.useMutation();
  const cancel = api.campaigns.cancel.useMutation();
  const [dialog, setDialog] = useState<{ kind: "start" | "cancel"; key: number } | null>(null);

  // The page follows the status the worker reports (RUNNING → COMPLETED) without a reload.
  const reported = progress.data?.status;
  useEffect(() => {
    if (reported && reported !== campaign.status) {
      void utils.campaigns.get.invalidate();
      void utils.campaigns.getProgress.invalidate();
    }
  }, [reported, campaign.status, utils]);

  const act = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      toast.success(done);
      await Promise.all([utils.campaigns.get.invalidate(), utils.campaigns.getProgress.invalidate()]);
    } catch (error) {
      toast.error(getErrorMessage(error));
    }
  };
  const toIssue = progress.data ? rowsToIssue(progress.data.counts) : campaign.counts.total - campaign.counts.skipped;

  return (
    <div className="grid gap-6">
      {progress.data ? <RunProgress progress={progress.data} /> : null}
      {campaign.status === "PAUSED" && progress.data?.pausedReason ? (
        <div
          role="alert"
          className="flex gap-3 rounded-lg border border-destructive/40 bg-destructive/5 p-4 text-sm text-destructive"
        >
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <div className="grid gap-1">
            <p className="font-medium">Paused by the back office: {progress.data.pausedReason}</p>
            <p className="text-muted-foreground">
              Nothing was issued twice: rows already issued stay issued, and the others wait for the resume.
            </p>
          </div>
        </div>
      ) : campaign.status === "PAUSED" ? (
        <p role="status" className="text-sm text-muted-foreground">
          Paused: nothing is being issued. Rows already issued stay issued; resume to go on where it stopped.
        </p>
      ) : null}
      {campaign.status === "RUNNING" ? (
        <p className="text-sm text-muted-foreground">
          Issuing runs in the background: you can close this page, it goes on.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {campaign.status === "READY" ? (
          <Button size="lg" onClick={() => setDialog({ kind: "start", key: Date.now() })}>
            <Play aria-hidden />
            Start issuing
          </Button>
        ) : null}
        {campaign.status === "RUNNING" ? (
          <Button
            variant="outline"
            loading={pause.isPending}
            onClick={() => void act(() => pause.mutateAsync(scope), "Paused")}
          >
            <Pause aria-hidden />
            Pause
          </Button>
        ) : null}
        {campaign.status === "PAUSED" ? (
          <Button loading={resume.isPending} onClick={() => void act(() => resume.mutateAsync(scope), "Resumed")}>
            <Play aria-hidden />
            Resume
          </Button>
        ) : null}
        {active || campaign.status === "READY" ? (
          <Button
            variant="outline"
            className="text-destructive"
            onClick={() => setDialog({ kind: "cancel", key: Date.now() })}
          >
            <Square aria-hidden />
            Cancel campaign
          </Button>
        ) : null}
      </div>
      {dialog?.kind === "start" ? (
        <ConfirmActionDialog
          reasonFor="campaign.start"
          key={dialog.key}
          open
          onOpenChange={(next) => !next && setDialog(null)}
          title={`Start ${campaign.name}?`}
          confirmLabel="Start issuing"
          onConfirm={async (reason) => {
            await start.mutateAsync({ ...scope, reason });
            setDialog(null);
            toast.success("Started: vouchers are being issued");
            await utils.campaigns.get.invalidate();
          }}
        >
          <p>
            {formatNumber(toIssue)} members get &ldquo;{campaign.templateName}&rdquo;. Members see their voucher in the
            app as soon as it is issued; you can pause or cancel at any time, but issued vouchers stay issued.
          </p>
        </ConfirmActionDialog>
      ) : null}
      {dialog?.kind === "cancel" ? (
        <ConfirmActionDialog
          reasonFor="campaign.cancel"
          key={dialog.key}
          open
          destructive
          onOpenChange={(next) => !next && setDialog(null)}
          title={`Cancel ${campaign.name}?`}
          confirmLabel="Cancel campaign"
          onConfirm={async (reason) => {
            await cancel.mutateAsync({ ...scope, reason });
            setDialog(null);
            toast.success("Cancelled: no more vouchers are issued");
            await utils.campaigns.get.invalidate();
          }}
        >
          <p>
            Issuing stops. The {formatNumber(progress.data?.counts.issued ?? campaign.counts.issued)} vouchers already
            issued stay with their members; rows not yet tried are not issued.
          </p>
        </ConfirmActionDialog>
      ) : null}
    </div>
  );
}
