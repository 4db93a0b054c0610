import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { retryFailedRows } from "@/server/services/campaigns/lifecycle";

export const retryFailedRowsProcedure = campaignProcedure
  .use(audited<{ campaignId: number }>({ action: "campaigns.retry-failed", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await retryFailedRows({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return campaignChange(ctx.db, input.campaignId);
  });
