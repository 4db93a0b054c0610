import type { PrismaClient } from "@/server/generated/prisma/client";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";

/** Who the worker's own audit events are by. */
export const CAMPAIGN_WORKER_ACTOR = { id: null, email: "campaign worker" } as const;

/** The audit target naming one campaign. */
export const campaignTarget = (campaignId: number) => `campaign:${campaignId}`;

/** The worker finished a campaign: every row has an outcome. */
export async function recordCampaignFinished(
  db: PrismaClient,
  { campaignId, merchantId }: { campaignId: number; merchantId: string },
) {
  const groups = await db.campaignRow.groupBy({ by: ["state"], where: { campaignId }, _count: { _all: true } });
  const count = (state: string) => groups.find((group) => group.state === state)?._count._all ?? 0;
  const issued = count("ISSUED");
  const failed = count("FAILED");
  const skipped = count("SKIPPED");
  await recordAuditEvent(db, {
    actor: CAMPAIGN_WORKER_ACTOR,
    merchantId,
    action: "campaigns.finish",
    target: campaignTarget(campaignId),
    request: { campaignId, issued, failed, skipped },
    outcome: "OK",
    message: `Campaign finished: ${issued.toLocaleString("en-US")} issued, ${failed.toLocaleString("en-US")} failed, ${skipped.toLocaleString("en-US")} skipped.`,
  });
}

/** The worker paused a campaign itself (Stamps refused the merchant's token). */
export async function recordCampaignPausedByWorker(
  db: PrismaClient,
  {
    campaignId,
    merchantId,
    reason,
    httpStatus,
  }: { campaignId: number; merchantId: string; reason: string; httpStatus: number },
) {
  await recordAuditEvent(db, {
    actor: CAMPAIGN_WORKER_ACTOR,
    merchantId,
    action: "campaigns.pause",
    target: campaignTarget(campaignId),
    request: { campaignId, httpStatus },
    outcome: "OK",
    message: `Campaign paused: ${reason}`,
  });
}
