import { ZCampaignDetail } from "@/lib/schemas/campaign-views";
import { campaignProcedure } from "./campaign-procedure";
import { getCampaign } from "@/server/services/campaigns/find-campaigns";

export const getCampaignProcedure = campaignProcedure
  .output(ZCampaignDetail)
  .query(({ ctx, input }) => getCampaign(ctx.db, ctx.merchant.id, input.campaignId, ctx.staff.id));
