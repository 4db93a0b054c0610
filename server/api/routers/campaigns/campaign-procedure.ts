import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ZCampaignId } from "@/lib/schemas/campaign-views";
import { merchantProcedure } from "@/server/api/trpc";
import type { PrismaClient } from "@/server/generated/prisma/client";

/** A campaigns procedure about one campaign, which must belong to the merchant named in the input. */
export const campaignProcedure = merchantProcedure("campaigns")
  .input(ZCampaignId)
  .use(async ({ ctx, input, next }) => {
    const campaign = await ctx.db.campaign.findFirst({
      where: { id: input.campaignId, merchantId: ctx.merchant.id },
      select: { id: true },
    });
    if (!campaign) {
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "This campaign does not exist for this merchant. It may have been made for another merchant.",
      });
    }
    return next();
  });

/** What every campaign mutation answers: the campaign and the status it is in now. */
export const ZCampaignChange = z.object({ id: z.number(), status: z.string().optional() });

/** The mutation's answer: the campaign's status after the change, read back from the database. */
export async function campaignChange(db: PrismaClient, campaignId: number) {
  const { status } = await db.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { status: true } });
  return { id: campaignId, status };
}

export const campaignTarget = (input: { campaignId: number }) => `campaign:${input.campaignId}`;
