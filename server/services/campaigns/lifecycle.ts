import { AppError } from "@/server/errors";
import type { CampaignStatus, PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";

type LifecycleInput = { db: PrismaClient; campaignId: number; staffId: string };

const STATUS_WORDS: Record<CampaignStatus, string> = {
  DRAFT: "still a draft",
  AWAITING_APPROVAL: "waiting for approval",
  READY: "ready to start",
  RUNNING: "running",
  PAUSED: "paused",
  CANCELLED: "cancelled",
  COMPLETED: "completed",
};

/**
 * Moves the campaign from one of `from` to `to` in one conditional UPDATE (two staff clicking at once cannot both
 * win); a campaign in another status gets a sentence saying why not.
 */
async function transition(
  { db, campaignId, staffId }: LifecycleInput,
  action: string,
  from: CampaignStatus[],
  to: CampaignStatus,
  data: { startedAt?: Date; finishedAt?: Date | null; pausedReason?: null } = {},
) {
  const changed = await db.campaign.updateMany({
    where: { id: campaignId, status: { in: from } },
    data: { status: to, ...data },
  });
  if (changed.count === 1) {
    logger.info("campaigns.status_changed", { campaignId, staffId, action, to });
    return db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  }
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { status: true } });
  if (!campaign) throw new AppError("NOT_FOUND", { userMessage: "This campaign does not exist (any more)." });
  throw new AppError("CONFLICT", {
    message: `Campaign ${campaignId} is ${campaign.status}: not ${action}`,
    userMessage: `This campaign cannot be ${action} because it is ${STATUS_WORDS[campaign.status]}.`,
  });
}

/** READY → RUNNING: the worker starts issuing within a second or two. */
export async function startCampaign(input: LifecycleInput) {
  const campaign = await input.db.campaign.findUnique({ where: { id: input.campaignId }, select: { startedAt: true } });
  return transition(input, "started", ["READY"], "RUNNING", campaign?.startedAt ? {} : { startedAt: new Date() });
}

/** RUNNING → PAUSED: no new rows are sent; calls already under way finish and are recorded. */
export function pauseCampaign(input: LifecycleInput) {
  return transition(input, "paused", ["RUNNING"], "PAUSED");
}

/** PAUSED → RUNNING; a reason the worker paused it for (a refused token) is cleared: the worker tries again. */
export function resumeCampaign(input: LifecycleInput) {
  return transition(input, "resumed", ["PAUSED"], "RUNNING", { pausedReason: null });
}

/**
 * Stops issuing for good: what was issued stays issued, rows never tried stay PENDING ("Not issued: campaign
 * cancelled"); rows whose outcome was not known are still reconciled by the worker.
 */
export function cancelCampaign(input: LifecycleInput) {
  return transition(input, "cancelled", ["DRAFT", "AWAITING_APPROVAL", "READY", "RUNNING", "PAUSED"], "CANCELLED", {
    finishedAt: new Date(),
    pausedReason: null,
  });
}

/**
 * Failed rows whose error can change on retry go back to PENDING and the campaign runs again ("member not found"
 * cannot change, so those stay FAILED). A paused campaign stays paused until resumed.
 */
export async function retryFailedRows({ db, campaignId, staffId }: LifecycleInput) {
  return db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { status: true } });
    if (!campaign) throw new AppError("NOT_FOUND", { userMessage: "This campaign does not exist (any more)." });
    if (!["RUNNING", "PAUSED", "COMPLETED"].includes(campaign.status)) {
      throw new AppError("CONFLICT", {
        message: `Campaign ${campaignId}: cannot retry failed rows from ${campaign.status}`,
        userMessage: `Failed rows cannot be tried again because this campaign is ${STATUS_WORDS[campaign.status]}.`,
      });
    }
    const retried = await tx.campaignRow.updateMany({
      where: { campaignId, state: "FAILED", retryable: true },
      data: { state: "PENDING", error: null, errorCode: null, retryable: null, leaseOwner: null, leaseUntil: null },
    });
    if (retried.count === 0) {
      throw new AppError("CONFLICT", {
        userMessage: "There are no failed rows that can be tried again (a member who is not in Stamps cannot be).",
      });
    }
    const status = campaign.status === "PAUSED" ? "PAUSED" : "RUNNING";
    const updated = await tx.campaign.update({ where: { id: campaignId }, data: { status, finishedAt: null } });
    logger.info("campaigns.retry_failed", { campaignId, staffId, rows: retried.count });
    return { campaign: updated, retried: retried.count };
  });
}
