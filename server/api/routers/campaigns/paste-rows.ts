import { type z } from "zod";
import { ZPasteRowsInput } from "@/lib/schemas/campaign-views";
import { audited } from "@/server/api/trpc";
import { campaignChange, campaignProcedure, campaignTarget, ZCampaignChange } from "./campaign-procedure";
import { ingestCampaignText } from "@/server/services/campaigns/ingest-file";

export const pasteRowsProcedure = campaignProcedure
  .input(ZPasteRowsInput)
  .use(audited<z.infer<typeof ZPasteRowsInput>>({ action: "campaigns.paste-rows", target: campaignTarget }))
  .output(ZCampaignChange)
  .mutation(async ({ ctx, input }) => {
    await ingestCampaignText({ db: ctx.db, campaignId: input.campaignId, text: input.text, mode: input.mode });
    return campaignChange(ctx.db, input.campaignId);
  });
