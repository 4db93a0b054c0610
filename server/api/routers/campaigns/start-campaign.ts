import { z } from "zod";
import { ZReason } from "@/lib/schemas/common";
import { audited } from "@/server/api/trpc";
import { startCampaign } from "@/server/services/campaigns/lifecycle";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";

/** Starting issues real vouchers to real members, so it asks why, like every action that changes Stamps. */
export const startCampaignProcedure = campaignProcedure
  .input(z.object({ reason: ZReason }))
  .use(
    audited<{ campaignId: number; reason: string }>({
      action: "campaigns.start",
      target: campaignTarget,
      reason: (input) => input.reason,
    }),
  )
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await startCampaign({ db: ctx.db, campaignId: input.campaignId, staffId: ctx.staff.id });
    return campaignChange(ctx.db, input.campaignId);
  });
