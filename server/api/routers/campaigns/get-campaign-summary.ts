import { ZCampaignSummaryView } from "@/lib/schemas/campaign-views";
import { getCampaignSummary } from "@/server/services/campaigns/campaign-summary";
import { campaignProcedure } from "./campaign-procedure";

export const getCampaignSummaryProcedure = campaignProcedure
  .output(ZCampaignSummaryView)
  .query(async ({ ctx, input }) => {
    const summary = await getCampaignSummary({ db: ctx.db, campaignId: input.campaignId });
    return {
      rowCount: summary.rows,
      toIssue: summary.toIssue,
      skipped: summary.skipped,
      skippedByReason: summary.skippedByReason.map((entry) => ({ reason: entry.label, count: entry.count })),
      vouchers: summary.vouchers,
      totalValue: summary.totalValue || null,
      sameFile: summary.sameFileCampaigns,
      needsApproval: summary.needsApproval,
      approvalReasons: summary.approvalReasons,
    };
  });
