import type { TCampaignFields, TUpdateCampaignInput } from "@/lib/schemas/campaign-views";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { getVoucherTemplate } from "@/server/services/voucher-templates/find-voucher-templates";

type Scope = { db: PrismaClient; merchantId: string; staffId: string };

/** The template as the catalogue has it now; the campaign keeps its name so it reads the same later. */
async function templateOf(db: PrismaClient, merchantId: string, stampsTemplateId: number) {
  const template = await getVoucherTemplate(db, merchantId, stampsTemplateId);
  if (!template) {
    throw new AppError("BAD_REQUEST", {
      userMessage: `Template ${stampsTemplateId} is not in this merchant's catalogue. Ask an admin to add it in Settings.`,
      fieldErrors: { stampsTemplateId: "Choose a template from the catalogue" },
    });
  }
  return { stampsTemplateId, templateName: template.name, templateValueType: template.valueType };
}

export async function createCampaign({ db, merchantId, staffId }: Scope, input: TCampaignFields) {
  const template = await templateOf(db, merchantId, input.stampsTemplateId);
  return db.campaign.create({
    data: { ...input, ...template, merchantId, createdById: staffId, status: "DRAFT" },
    select: { id: true },
  });
}

/** Name, template and defaults change only while the campaign is a draft. */
export async function updateCampaign({ db, merchantId }: Omit<Scope, "staffId">, input: TUpdateCampaignInput) {
  const { campaignId, ...fields } = input;
  const template = await templateOf(db, merchantId, fields.stampsTemplateId);
  const { count } = await db.campaign.updateMany({
    where: { id: campaignId, merchantId, status: "DRAFT" },
    data: { ...fields, ...template },
  });
  if (count === 0) {
    throw new AppError("CONFLICT", {
      userMessage: "Only a draft campaign can be changed; this one has been submitted already.",
    });
  }
  return { id: campaignId };
}
