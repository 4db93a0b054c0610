import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { submitCampaign } from "@/server/services/campaigns/submit-campaign";

export const submitCampaignProcedure = campaignProcedure
  .use(audited<{ campaignId: number }>({ action: "campaigns.submit", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await submitCampaign({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return campaignChange(ctx.db, input.campaignId);
  });
