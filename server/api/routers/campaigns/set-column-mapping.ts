import { z } from "zod";
import { ZColumnMapping, type TColumnMapping } from "@/lib/schemas/campaigns";
import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { applyColumnMapping } from "@/server/services/campaigns/apply-column-mapping";

export const setColumnMappingProcedure = campaignProcedure
  .input(z.object({ mapping: ZColumnMapping }))
  .use(
    audited<{ campaignId: number; mapping: TColumnMapping }>({
      action: "campaigns.map-columns",
      target: campaignTarget,
    }),
  )
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await applyColumnMapping({ db: ctx.db, campaignId: input.campaignId, mapping: input.mapping });
    return campaignChange(ctx.db, input.campaignId);
  });
