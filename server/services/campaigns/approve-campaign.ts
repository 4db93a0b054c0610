import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";

/** Four eyes: whoever created a campaign cannot approve it. AWAITING_APPROVAL → READY. */
export async function approveCampaign({
  db,
  campaignId,
  staffId,
}: {
  db: PrismaClient;
  campaignId: number;
  staffId: string;
}) {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  if (campaign.createdById === staffId) {
    throw new AppError("FORBIDDEN", {
      userMessage: "You created this campaign, so someone else must approve it.",
    });
  }
  const { count } = await db.campaign.updateMany({
    where: { id: campaignId, status: "AWAITING_APPROVAL" },
    data: { status: "READY", approvedById: staffId, approvedAt: new Date() },
  });
  if (count === 0) {
    throw new AppError("CONFLICT", { userMessage: "This campaign is not waiting for approval any more." });
  }
  return { id: campaignId, status: "READY" as const };
}
