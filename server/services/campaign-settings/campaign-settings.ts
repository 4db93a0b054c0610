import type { TCampaignSettings, TCampaignSettingsFields } from "@/lib/schemas/campaign-settings";
import type { PrismaClient } from "@/server/generated/prisma/client";

/** The defaults of the CampaignSettings model, for a merchant whose admin never saved any. */
export const DEFAULT_CAMPAIGN_SETTINGS: TCampaignSettings = {
  approvalRowLimit: 1000,
  approvalValueLimit: 50_000_000,
  concurrency: 4,
  ratePerSecond: 20,
  updatedAt: null,
};

export async function getCampaignSettings(db: PrismaClient, merchantId: string): Promise<TCampaignSettings> {
  const row = await db.campaignSettings.findUnique({ where: { merchantId } });
  if (!row) return DEFAULT_CAMPAIGN_SETTINGS;
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
