import { ZCampaignSettings } from "@/lib/schemas/campaign-settings";
import { merchantProcedure } from "@/server/api/trpc";
import { getCampaignSettings } from "@/server/services/campaign-settings/campaign-settings";

export const getCampaignSettingsProcedure = merchantProcedure("settings")
  .output(ZCampaignSettings)
  .query(({ ctx }) => getCampaignSettings(ctx.db, ctx.merchant.id));
