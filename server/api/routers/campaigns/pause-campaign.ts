import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { pauseCampaign } from "@/server/services/campaigns/lifecycle";

export const pauseCampaignProcedure = campaignProcedure
  .use(audited<{ campaignId: number }>({ action: "campaigns.pause", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await pauseCampaign({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return campaignChange(ctx.db, input.campaignId);
  });
