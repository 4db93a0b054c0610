import { audited } from "@/server/api/trpc";
import { campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { startCampaign } from "@/server/services/campaigns/lifecycle";

export const startCampaignProcedure = campaignProcedure
  .use(audited<{ campaignId: number }>({ action: "campaigns.start", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await startCampaign({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return { id: input.campaignId };
  });
