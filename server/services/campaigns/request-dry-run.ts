import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";

/** Asks the campaign worker to check every member exists in Stamps; the worker picks up REQUESTED. */
export async function requestDryRun({ db, campaignId }: { db: PrismaClient; campaignId: number; staffId?: string }) {
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
  if (campaign.status !== "DRAFT") {
    throw new AppError("CONFLICT", { userMessage: "A dry run can only be done before the campaign is submitted." });
  }
  if (!campaign.columnMapping || campaign.rowCount === 0) {
    throw new AppError("BAD_REQUEST", { userMessage: "Upload the members' file and check its columns first." });
  }
  const { count } = await db.campaign.updateMany({
    where: {
      id: campaignId,
      status: "DRAFT",
      OR: [{ dryRunStatus: null }, { dryRunStatus: { notIn: ["REQUESTED", "RUNNING"] } }],
    },
    data: { dryRunStatus: "REQUESTED" },
  });
  if (count === 0) throw new AppError("CONFLICT", { userMessage: "A dry run is already under way." });
  return { id: campaignId, dryRunStatus: "REQUESTED" };
}
