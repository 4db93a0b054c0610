import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import type { CampaignStatus } from "../../server/generated/prisma/client";
import { ingestCampaignFile } from "../../server/services/campaigns/ingest-file";
import { fixtureStream } from "../../server/services/campaigns/testing";
import { e2eDb } from "../fixtures/db";

export const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "campaigns");
export const fixtureText = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

/** Template 3 of merchant 14 in the catalogue, as an admin would have recorded it. */
export async function catalogueTemplate() {
  const db = e2eDb();
  const merchant = await db.merchant.findUniqueOrThrow({ where: { stampsMerchantId: 14 } });
  await db.voucherTemplate.upsert({
    where: { merchantId_stampsTemplateId: { merchantId: merchant.id, stampsTemplateId: 3 } },
    create: { merchantId: merchant.id, stampsTemplateId: 3, name: "Discount Rp 100,000", valueType: "FIXED" },
    update: {},
  });
  return merchant;
}

/** A campaign of merchant 14 made by `createdById`, with a fixture file read in as an upload would. */
export async function campaignWithFile(createdById: string, file: string, name = `Lebaran ${Date.now()}`) {
  const db = e2eDb();
  const merchant = await catalogueTemplate();
  const campaign = await db.campaign.create({
    data: {
      merchantId: merchant.id,
      name,
      stampsTemplateId: 3,
      templateName: "Discount Rp 100,000",
      startDate: "2027-01-01",
      defaultNotes: "Selamat Hari Raya",
      createdById,
    },
  });
  await ingestCampaignFile({ db, campaignId: campaign.id, body: fixtureStream(file), fileName: file, mode: "replace" });
  return campaign;
}

export async function setStatus(campaignId: number, status: CampaignStatus, extra: { startedAt?: Date } = {}) {
  await e2eDb().campaign.update({ where: { id: campaignId }, data: { status, ...extra } });
}

/** Marks the first `issued` rows to issue as issued and the next `failed` as failed, as the worker would. */
export async function settleRows(campaignId: number, { issued, failed }: { issued: number; failed: number }) {
  const db = e2eDb();
  const rows = await db.campaignRow.findMany({
    where: { campaignId, state: "PENDING" },
    orderBy: { rowNumber: "asc" },
    take: issued + failed,
  });
  for (const [index, row] of rows.entries()) {
    await db.campaignRow.update({
      where: { campaignId_rowNumber: { campaignId, rowNumber: row.rowNumber } },
      data:
        index < issued
          ? { state: "ISSUED", voucherId: 900000 + row.rowNumber, issuedAt: new Date(), attempts: 1 }
          : {
              state: "FAILED",
              error: "Stamps does not know this member.",
              errorCode: "member_not_found",
              retryable: false,
              attempts: 1,
            },
    });
  }
}

export const campaignUrl = (id: number) => `/campaigns/${id}`;
export const rowsTable = (page: Page) => page.getByRole("table", { name: "Campaign rows" });
