import { Badge } from "@/components/ui/badge";
import type { TCampaignStatus, TRowCounts } from "@/lib/schemas/campaign-views";

export const STATUS_LABELS: Record<TCampaignStatus, string> = {
  DRAFT: "Draft",
  AWAITING_APPROVAL: "Waiting for approval",
  READY: "Ready to run",
  RUNNING: "Running",
  PAUSED: "Paused",
  CANCELLED: "Cancelled",
  COMPLETED: "Completed",
};

const VARIANTS: Record<TCampaignStatus, "default" | "secondary" | "outline" | "success" | "warning" | "destructive"> = {
  DRAFT: "outline",
  AWAITING_APPROVAL: "warning",
  READY: "secondary",
  RUNNING: "default",
  PAUSED: "warning",
  CANCELLED: "secondary",
  COMPLETED: "success",
};

export function CampaignStatusBadge({ status }: { status: TCampaignStatus }) {
  return <Badge variant={VARIANTS[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** Rows that will get (or got) a voucher: everything except skipped rows. */
export function rowsToIssue(counts: TRowCounts) {
  return counts.total - counts.skipped;
}

/** Rows with an outcome, out of those to issue. */
export function rowsDone(counts: TRowCounts) {
  return counts.issued + counts.failed;
}

/** A thin bar of issued (green) and failed (red) out of the rows to issue. */
export function ProgressStrip({ counts, className }: { counts: TRowCounts; className?: string }) {
  const total = Math.max(rowsToIssue(counts), 1);
  return (
    <div
      className={`flex h-1.5 w-full overflow-hidden rounded-full bg-muted ${className ?? ""}`}
      role="img"
      aria-label={`${counts.issued} issued, ${counts.failed} failed of ${rowsToIssue(counts)}`}
    >
      <div className="bg-success" style={{ width: `${(counts.issued / total) * 100}%` }} />
      <div className="bg-destructive" style={{ width: `${(counts.failed / total) * 100}%` }} />
    </div>
  );
}
