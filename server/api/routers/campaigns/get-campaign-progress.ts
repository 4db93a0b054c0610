import { ZCampaignProgress } from "@/lib/schemas/campaign-views";
import { campaignProcedure } from "./campaign-procedure";
import { getCampaignProgress } from "@/server/services/campaigns/campaign-progress";

export const getCampaignProgressProcedure = campaignProcedure
  .output(ZCampaignProgress)
  .query(({ ctx, input }) => getCampaignProgress({ db: ctx.db, campaignId: input.campaignId }));
