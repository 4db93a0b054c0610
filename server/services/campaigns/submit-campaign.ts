import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { getCampaignSummary } from "./campaign-summary";

/** DRAFT → AWAITING_APPROVAL when over the merchant's thresholds (the preview's own judgement), else READY. */
export async function submitCampaign({ db, campaignId }: { db: PrismaClient; campaignId: number; staffId?: string }) {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  if (campaign.status !== "DRAFT") {
    throw new AppError("CONFLICT", { userMessage: "This campaign has been submitted already." });
  }
  if (!campaign.columnMapping || campaign.rowCount === 0) {
    throw new AppError("BAD_REQUEST", { userMessage: "Upload the members' file and check its columns first." });
  }
  if (campaign.dryRunStatus === "REQUESTED" || campaign.dryRunStatus === "RUNNING") {
    throw new AppError("CONFLICT", { userMessage: "Wait until the dry run has finished, then submit." });
  }
  const summary = await getCampaignSummary({ db, campaignId });
  if (summary.toIssue === 0) {
    throw new AppError("BAD_REQUEST", {
      userMessage: "No row of the file can be issued. Fix the problems in the file and upload it again.",
    });
  }
  const status = summary.needsApproval ? "AWAITING_APPROVAL" : "READY";
  // Conditional on DRAFT: two submits at once cannot both win.
  const { count } = await db.campaign.updateMany({ where: { id: campaignId, status: "DRAFT" }, data: { status } });
  if (count === 0) throw new AppError("CONFLICT", { userMessage: "This campaign has been submitted already." });
  return { id: campaignId, status };
}
