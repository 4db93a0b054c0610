import { type z } from "zod";
import { ZCancelCampaignInput } from "@/lib/schemas/campaign-views";
import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { cancelCampaign } from "@/server/services/campaigns/lifecycle";

export const cancelCampaignProcedure = campaignProcedure
  .input(ZCancelCampaignInput)
  .use(
    audited<z.infer<typeof ZCancelCampaignInput>>({
      action: "campaigns.cancel",
      target: campaignTarget,
      reason: (input) => input.reason,
    }),
  )
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await cancelCampaign({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return campaignChange(ctx.db, input.campaignId);
  });
