import { ZCampaignSummaryView } from "@/lib/schemas/campaign-views";
import { campaignProcedure } from "./campaign-procedure";
import { getCampaignSummary } from "@/server/services/campaigns/campaign-summary";

export const getCampaignSummaryProcedure = campaignProcedure
  .output(ZCampaignSummaryView)
  .query(({ ctx, input }) => getCampaignSummary({ db: ctx.db, campaignId: input.campaignId }));
