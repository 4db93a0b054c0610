import { AppError } from "@/server/errors";
import type { CampaignRowState, PrismaClient } from "@/server/generated/prisma/client";
import { SKIP_REASONS, type TSkipReasonKind } from "./validate-row";

/** What applies to a merchant with no CampaignSettings row (the model's defaults). */
export const DEFAULT_CAMPAIGN_SETTINGS = {
  approvalRowLimit: 1_000,
  approvalValueLimit: 50_000_000,
  concurrency: 4,
  ratePerSecond: 20,
};

const STATES: CampaignRowState[] = ["SKIPPED", "PENDING", "IN_FLIGHT", "ISSUED", "FAILED", "UNKNOWN"];
const LEFT_OUT_LABEL = "Left out";

/**
 * The preview's summary of a campaign: rows to issue and skipped (and why), vouchers and their value, what the dry
 * run found, other campaigns of the merchant that used the very same file, and whether a second person must approve.
 */
export async function getCampaignSummary({ db, campaignId }: { db: PrismaClient; campaignId: number }) {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign) throw new AppError("NOT_FOUND", { userMessage: "This campaign does not exist." });

  const reasonCase = SKIP_REASONS.map(
    (reason) =>
      `WHEN ${reason.like.map((pattern) => `"problem" LIKE '${pattern.replace(/'/g, "''")}'`).join(" OR ")} THEN '${reason.kind}'`,
  ).join(" ");
  const [states, reasons, totals, settings, sameFile] = await Promise.all([
    db.campaignRow.groupBy({ by: ["state"], where: { campaignId }, _count: { _all: true } }),
    db.$queryRawUnsafe<{ kind: string; count: bigint | number }[]>(
      `SELECT CASE ${reasonCase} ELSE 'leftOut' END AS kind, COUNT(*) AS count
       FROM "CampaignRow" WHERE "campaignId" = ? AND "state" = 'SKIPPED' GROUP BY kind`,
      campaignId,
    ),
    db.$queryRawUnsafe<
      {
        vouchers: bigint | number | null;
        value: bigint | number | null;
        withoutValue: bigint | number | null;
        notFound: bigint | number | null;
        found: bigint | number | null;
      }[]
    >(
      `SELECT SUM(COALESCE("quantity", ?)) AS vouchers,
              SUM(COALESCE("quantity", ?) * COALESCE("value", ?)) AS value,
              SUM(CASE WHEN COALESCE("value", ?) IS NULL THEN 1 ELSE 0 END) AS withoutValue,
              SUM(CASE WHEN "memberFound" = 0 THEN 1 ELSE 0 END) AS notFound,
              SUM(CASE WHEN "memberFound" = 1 THEN 1 ELSE 0 END) AS found
       FROM "CampaignRow" WHERE "campaignId" = ? AND "state" <> 'SKIPPED'`,
      campaign.defaultQuantity,
      campaign.defaultQuantity,
      campaign.defaultValue,
      campaign.defaultValue,
      campaignId,
    ),
    db.campaignSettings.findUnique({ where: { merchantId: campaign.merchantId } }),
    campaign.fileSha256
      ? db.campaign.findMany({
          where: { merchantId: campaign.merchantId, fileSha256: campaign.fileSha256, id: { not: campaignId } },
          select: { id: true, name: true, status: true, createdAt: true },
          orderBy: { createdAt: "desc" },
        })
      : [],
  ]);

  const byState = Object.fromEntries(STATES.map((state) => [state, 0])) as Record<CampaignRowState, number>;
  for (const row of states) byState[row.state] = row._count._all;
  const rows = STATES.reduce((sum, state) => sum + byState[state], 0);
  const toIssue = rows - byState.SKIPPED;
  const count = (value: bigint | number | null | undefined) => Number(value ?? 0);
  const total = totals[0];
  const vouchers = count(total?.vouchers);
  const totalValue = count(total?.value);

  const labels = new Map<string, string>(SKIP_REASONS.map((reason) => [reason.kind, reason.label]));
  const skippedByReason = reasons
    .map((reason) => ({
      kind: reason.kind as TSkipReasonKind,
      label: labels.get(reason.kind) ?? LEFT_OUT_LABEL,
      count: count(reason.count),
    }))
    .sort((a, b) => b.count - a.count);

  const limits = settings ?? DEFAULT_CAMPAIGN_SETTINGS;
  const approvalReasons: string[] = [];
  if (limits.approvalRowLimit !== null && toIssue > limits.approvalRowLimit) {
    approvalReasons.push(`More than ${limits.approvalRowLimit.toLocaleString("en")} rows to issue`);
  }
  if (limits.approvalValueLimit !== null && totalValue > limits.approvalValueLimit) {
    approvalReasons.push(`Vouchers worth more than Rp ${limits.approvalValueLimit.toLocaleString("en")} in all`);
  }

  return {
    campaignId,
    status: campaign.status,
    file: campaign.fileName
      ? {
          name: campaign.fileName,
          size: campaign.fileSize,
          sha256: campaign.fileSha256,
          delimiter: campaign.fileDelimiter,
        }
      : null,
    rows,
    toIssue,
    skipped: byState.SKIPPED,
    byState,
    skippedByReason,
    vouchers,
    totalValue,
    /** Rows to issue with no value (the template's own value applies), left out of totalValue. */
    rowsWithoutValue: count(total?.withoutValue),
    dryRun: {
      status: campaign.dryRunStatus,
      checkedAt: campaign.dryRunCheckedAt,
      membersFound: count(total?.found),
      membersNotFound:
        byState.SKIPPED === 0 ? 0 : (skippedByReason.find((reason) => reason.kind === "memberNotFound")?.count ?? 0),
    },
    sameFileCampaigns: sameFile,
    needsApproval: approvalReasons.length > 0,
    approvalReasons,
    approvalLimits: { rows: limits.approvalRowLimit, value: limits.approvalValueLimit },
  };
}

export type TCampaignSummary = Awaited<ReturnType<typeof getCampaignSummary>>;
