import { ZCampaignFields, type TUpdateCampaignInput } from "@/lib/schemas/campaign-views";
import { audited } from "@/server/api/trpc";
import { campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { updateCampaign } from "@/server/services/campaigns/create-campaign";

export const updateCampaignProcedure = campaignProcedure
  .input(ZCampaignFields)
  .use(audited<TUpdateCampaignInput>({ action: "campaigns.update", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(({ ctx, input }) => updateCampaign({ db: ctx.db, merchantId: ctx.merchant.id }, input));
