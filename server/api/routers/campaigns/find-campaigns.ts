import { ZCampaignPage, ZFindCampaignsInput } from "@/lib/schemas/campaign-views";
import { merchantProcedure } from "@/server/api/trpc";
import { findCampaigns } from "@/server/services/campaigns/find-campaigns";

export const findCampaignsProcedure = merchantProcedure("campaigns")
  .input(ZFindCampaignsInput)
  .output(ZCampaignPage)
  .query(({ ctx, input }) => findCampaigns(ctx.db, ctx.merchant.id, input));
