import { AppError } from "@/server/errors";
import type { CampaignRowState, CampaignStatus, PrismaClient } from "@/server/generated/prisma/client";

export const RATE_WINDOW_SECONDS = 10;

export type CampaignProgress = {
  status: CampaignStatus;
  counts: Record<CampaignRowState, number>;
  /** Rows still to settle: PENDING, IN_FLIGHT and UNKNOWN. */
  remaining: number;
  /** Vouchers issued per second over the last ~10 s (0 when none). */
  issuedPerSecond: number;
  /** Seconds left at that pace; null when nothing is left, or nothing was issued lately. */
  etaSeconds: number | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** FAILED rows whose error can change on a new try ("Retry failed rows" retries these). */
  retryableFailed: number;
  /** Why the worker paused the campaign itself (Stamps refused the token), in plain words; null otherwise. */
  pausedReason: string | null;
};

/** Where a campaign stands: rows per state, pace and time left. Cheap enough to poll every second. */
export async function getCampaignProgress({
  db,
  campaignId,
}: {
  db: PrismaClient;
  campaignId: number;
}): Promise<CampaignProgress> {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: { status: true, startedAt: true, finishedAt: true, pausedReason: true },
  });
  if (!campaign) throw new AppError("NOT_FOUND", { userMessage: "This campaign does not exist (any more)." });

  const now = Date.now();
  const windowStart = new Date(now - RATE_WINDOW_SECONDS * 1000);
  const [groups, recent, retryableFailed] = await Promise.all([
    db.campaignRow.groupBy({ by: ["state"], where: { campaignId }, _count: { _all: true } }),
    db.campaignRow.count({ where: { campaignId, state: "ISSUED", issuedAt: { gte: windowStart } } }),
    db.campaignRow.count({ where: { campaignId, state: "FAILED", retryable: true } }),
  ]);
  const counts: Record<CampaignRowState, number> = {
    SKIPPED: 0,
    PENDING: 0,
    IN_FLIGHT: 0,
    ISSUED: 0,
    FAILED: 0,
    UNKNOWN: 0,
  };
  for (const group of groups) counts[group.state] = group._count._all;
  const remaining = counts.PENDING + counts.IN_FLIGHT + counts.UNKNOWN;

  // A campaign that started less than 10 s ago is measured over the time it has run.
  const started = campaign.startedAt?.getTime() ?? now - RATE_WINDOW_SECONDS * 1000;
  const windowSeconds = Math.max(1, Math.min(RATE_WINDOW_SECONDS, (now - started) / 1000));
  const issuedPerSecond = Math.round((recent / windowSeconds) * 10) / 10;
  const running = campaign.status === "RUNNING";
  const etaSeconds = running && remaining > 0 && issuedPerSecond > 0 ? Math.ceil(remaining / issuedPerSecond) : null;

  return {
    status: campaign.status,
    counts,
    remaining,
    issuedPerSecond,
    etaSeconds,
    startedAt: campaign.startedAt,
    finishedAt: campaign.finishedAt,
    retryableFailed,
    pausedReason: campaign.status === "PAUSED" ? campaign.pausedReason : null,
  };
}
