import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { approveCampaign } from "@/server/services/campaigns/approve-campaign";

export const approveCampaignProcedure = campaignProcedure
  .use(audited<{ campaignId: number }>({ action: "campaigns.approve", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await approveCampaign({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return campaignChange(ctx.db, input.campaignId);
  });
