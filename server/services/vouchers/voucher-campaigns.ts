import type { TVoucherSummary } from "@/lib/schemas/vouchers";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { parseOperationKey } from "@/server/services/campaigns/operation-key";

/**
 * Names the campaign that issued each voucher, read from the operation key at the end of its notes. Only campaigns
 * of this merchant count: a key in notes typed by hand, or of another merchant, names nothing.
 */
export async function withIssuingCampaigns(db: PrismaClient, merchantId: string, vouchers: TVoucherSummary[]) {
  const keys = vouchers.map((voucher) => parseOperationKey(voucher.notes));
  const ids = [...new Set(keys.flatMap((key) => (key ? [key.campaignId] : [])))];
  if (ids.length === 0) return vouchers;
  const campaigns = await db.campaign.findMany({
    where: { merchantId, id: { in: ids } },
    select: { id: true, name: true },
  });
  const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  return vouchers.map((voucher, index) => {
    const key = keys[index];
    const campaign = key ? byId.get(key.campaignId) : undefined;
    return campaign ? { ...voucher, campaign: { ...campaign, rowNumber: key!.rowNumber } } : voucher;
  });
}
