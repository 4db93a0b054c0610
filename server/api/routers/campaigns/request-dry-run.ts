import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { requestDryRun } from "@/server/services/campaigns/request-dry-run";

export const requestDryRunProcedure = campaignProcedure
  .use(audited<{ campaignId: number }>({ action: "campaigns.dry-run", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await requestDryRun({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return campaignChange(ctx.db, input.campaignId);
  });
