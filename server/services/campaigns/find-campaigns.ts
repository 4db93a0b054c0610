import type { TFindCampaignsInput, TRowCounts } from "@/lib/schemas/campaign-views";
import { ZFindCampaignsInput } from "@/lib/schemas/campaign-views";
import { AppError } from "@/server/errors";
import type { Prisma, PrismaClient } from "@/server/generated/prisma/client";

const EMPTY_COUNTS: TRowCounts = { total: 0, skipped: 0, pending: 0, inFlight: 0, issued: 0, failed: 0, unknown: 0 };
const COUNT_KEY = {
  SKIPPED: "skipped",
  PENDING: "pending",
  IN_FLIGHT: "inFlight",
  ISSUED: "issued",
  FAILED: "failed",
  UNKNOWN: "unknown",
} as const;

/** Rows per state for each campaign, in one grouped query. */
export async function countRowsByState(db: PrismaClient, campaignIds: number[]) {
  const groups = await db.campaignRow.groupBy({
    by: ["campaignId", "state"],
    where: { campaignId: { in: campaignIds } },
    _count: { _all: true },
  });
  const counts = new Map<number, TRowCounts>(campaignIds.map((id) => [id, { ...EMPTY_COUNTS }]));
  for (const group of groups) {
    const entry = counts.get(group.campaignId);
    if (!entry) continue;
    entry[COUNT_KEY[group.state]] += group._count._all;
    entry.total += group._count._all;
  }
  return counts;
}

const STAFF = { select: { id: true, name: true } } as const;

/** One page of the merchant's campaigns, with their creators and row counts. */
export async function findCampaigns(db: PrismaClient, merchantId: string, raw: TFindCampaignsInput) {
  const input = ZFindCampaignsInput.parse(raw);
  const where: Prisma.CampaignWhereInput = {
    merchantId,
    ...(input.statuses?.length ? { status: { in: input.statuses } } : {}),
    ...(input.search
      ? {
          OR: [
            { name: { contains: input.search } },
            { templateName: { contains: input.search } },
            ...(/^\d+$/.test(input.search) ? [{ id: Number(input.search) }] : []),
          ],
        }
      : {}),
  };
  const [total, campaigns] = await Promise.all([
    db.campaign.count({ where }),
    db.campaign.findMany({
      where,
      orderBy: [{ [input.sort]: input.direction }, { id: "desc" }],
      skip: input.page * input.pageSize,
      take: input.pageSize,
      include: { createdBy: STAFF },
    }),
  ]);
  const counts = await countRowsByState(
    db,
    campaigns.map((campaign) => campaign.id),
  );
  return {
    total,
    campaigns: campaigns.map((campaign) => ({ ...campaign, counts: counts.get(campaign.id) ?? EMPTY_COUNTS })),
  };
}

function parseJson<T>(text: string | null): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** One campaign of the merchant, as the campaign page shows it. */
export async function getCampaign(db: PrismaClient, merchantId: string, campaignId: number, staffId: string) {
  const campaign = await db.campaign.findFirst({
    where: { id: campaignId, merchantId },
    include: { createdBy: STAFF, approvedBy: STAFF },
  });
  if (!campaign) throw campaignNotFound();
  const counts = (await countRowsByState(db, [campaignId])).get(campaignId) ?? EMPTY_COUNTS;
  return {
    ...campaign,
    counts,
    fileHeaders: parseJson<string[]>(campaign.fileHeaders),
    columnMapping: parseJson<Record<string, number | null>>(campaign.columnMapping),
    isCreator: campaign.createdById === staffId,
  };
}

export function campaignNotFound() {
  return new AppError("NOT_FOUND", {
    userMessage: "This campaign does not exist for this merchant. It may have been made for another merchant.",
  });
}
