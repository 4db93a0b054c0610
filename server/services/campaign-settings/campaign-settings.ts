import type { TCampaignSettings, TCampaignSettingsFields } from "@/lib/schemas/campaign-settings";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { DEFAULT_CAMPAIGN_SETTINGS } from "@/server/services/campaigns/campaign-summary";

export async function getCampaignSettings(db: PrismaClient, merchantId: string): Promise<TCampaignSettings> {
  const row = await db.campaignSettings.findUnique({ where: { merchantId } });
  if (!row) return { ...DEFAULT_CAMPAIGN_SETTINGS, updatedAt: null };
  const { merchantId: _merchantId, ...settings } = row;
  return settings;
}

export async function saveCampaignSettings(db: PrismaClient, merchantId: string, input: TCampaignSettingsFields) {
  const { merchantId: _merchantId, ...settings } = await db.campaignSettings.upsert({
    where: { merchantId },
    create: { merchantId, ...input },
    update: input,
  });
  return settings;
}
