import { ZCampaignProgress } from "@/lib/schemas/campaign-views";
import { getCampaignProgress } from "@/server/services/campaigns/campaign-progress";
import { campaignProcedure } from "./campaign-procedure";

/** Polled every second by the Run step. */
export const getCampaignProgressProcedure = campaignProcedure
  .output(ZCampaignProgress)
  .query(async ({ ctx, input }) => {
    const { counts, ...progress } = await getCampaignProgress({ db: ctx.db, campaignId: input.campaignId });
    return {
      ...progress,
      counts: {
        total: Object.values(counts).reduce((sum, count) => sum + count, 0),
        skipped: counts.SKIPPED,
        pending: counts.PENDING,
        inFlight: counts.IN_FLIGHT,
        issued: counts.ISSUED,
        failed: counts.FAILED,
        unknown: counts.UNKNOWN,
      },
    };
  });
