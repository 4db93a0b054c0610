import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { resumeCampaign } from "@/server/services/campaigns/lifecycle";

export const resumeCampaignProcedure = campaignProcedure
  .use(audited<{ campaignId: number }>({ action: "campaigns.resume", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await resumeCampaign({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return campaignChange(ctx.db, input.campaignId);
  });
