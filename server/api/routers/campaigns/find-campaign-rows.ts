import { ZCampaignRowPage, ZFindCampaignRowsInput } from "@/lib/schemas/campaign-views";
import { campaignProcedure } from "./campaign-procedure";
import { findCampaignRows } from "@/server/services/campaigns/find-campaign-rows";

export const findCampaignRowsProcedure = campaignProcedure
  .input(ZFindCampaignRowsInput)
  .output(ZCampaignRowPage)
  .query(({ ctx, input }) => findCampaignRows(ctx.db, input));
