import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { getCampaignSettings } from "@/server/services/campaign-settings/campaign-settings";

type Totals = { toIssue: number; vouchers: number; totalValue: number };

/** Rows to issue, vouchers (rows × quantity) and vouchers × value, with the campaign's defaults filling gaps. */
export async function campaignTotals(db: PrismaClient, campaignId: number): Promise<Totals> {
  const campaign = await db.campaign.findUniqueOrThrow({
    where: { id: campaignId },
    select: { defaultQuantity: true, defaultValue: true },
  });
  const [row] = await db.$queryRaw<
    { rows: bigint | number; vouchers: bigint | number | null; value: bigint | number | null }[]
  >`
    SELECT COUNT(*) AS rows,
           SUM(COALESCE(quantity, ${campaign.defaultQuantity})) AS vouchers,
           SUM(COALESCE(quantity, ${campaign.defaultQuantity}) * COALESCE(value, ${campaign.defaultValue ?? 0})) AS value
    FROM CampaignRow WHERE campaignId = ${campaignId} AND state = 'PENDING'`;
  return { toIssue: Number(row?.rows ?? 0), vouchers: Number(row?.vouchers ?? 0), totalValue: Number(row?.value ?? 0) };
}

/** Whether the merchant's thresholds ask for a second person's approval. */
export async function needsApproval(db: PrismaClient, merchantId: string, totals: Totals) {
  const settings = await getCampaignSettings(db, merchantId);
  return (
    (settings.approvalRowLimit !== null && totals.toIssue > settings.approvalRowLimit) ||
    (settings.approvalValueLimit !== null && totals.totalValue > settings.approvalValueLimit)
  );
}

/** DRAFT → AWAITING_APPROVAL when over the thresholds, else READY. */
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
  const totals = await campaignTotals(db, campaignId);
  if (totals.toIssue === 0) {
    throw new AppError("BAD_REQUEST", {
      userMessage: "No row of the file can be issued. Fix the problems in the file and upload it again.",
    });
  }
  const status = (await needsApproval(db, campaign.merchantId, totals)) ? "AWAITING_APPROVAL" : "READY";
  const { count } = await db.campaign.updateMany({ where: { id: campaignId, status: "DRAFT" }, data: { status } });
  if (count === 0) throw new AppError("CONFLICT", { userMessage: "This campaign has been submitted already." });
  return { id: campaignId, status };
}
