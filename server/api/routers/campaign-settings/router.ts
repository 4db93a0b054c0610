import { createTRPCRouter } from "@/server/api/trpc";
import { getCampaignSettingsProcedure } from "./get-campaign-settings";
import { updateCampaignSettingsProcedure } from "./update-campaign-settings";

export const campaignSettingsRouter = createTRPCRouter({
  get: getCampaignSettingsProcedure,
  update: updateCampaignSettingsProcedure,
});
