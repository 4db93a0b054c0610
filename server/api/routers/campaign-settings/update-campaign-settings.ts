import {
  ZCampaignSettings,
  ZCampaignSettingsFields,
  type TCampaignSettingsFields,
} from "@/lib/schemas/campaign-settings";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { saveCampaignSettings } from "@/server/services/campaign-settings/campaign-settings";

export const updateCampaignSettingsProcedure = merchantProcedure("settings")
  .input(ZCampaignSettingsFields)
  .use(audited<TCampaignSettingsFields>({ action: "campaign-settings.update" }))
  .output(ZCampaignSettings)
  .mutation(({ ctx, input }) => saveCampaignSettings(ctx.db, ctx.merchant.id, input));
