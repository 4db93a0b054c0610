import fs from "node:fs";
import path from "node:path";
import type { CampaignStatus, PrismaClient } from "../../server/generated/prisma/client";
import { textToStream } from "../../server/services/campaigns/csv/read-csv-stream";
import { ingestCampaignFile } from "../../server/services/campaigns/ingest-file";

// Campaign test data for vitest and Playwright alike. The processes a campaign test starts (an emulator seeded with
// bulk members, workers) are in scripts/test/campaign-fixtures.ts, shared with the benchmark.

/** The CSV files of real-world shape (Excel, Sheets, POS exports) the tests upload. */
export const CAMPAIGN_FIXTURES = path.join(import.meta.dirname, "..", "..", "e2e", "fixtures", "campaigns");
export const fixtureText = (name: string) => fs.readFileSync(path.join(CAMPAIGN_FIXTURES, name), "utf8");

/** A fixture file as the byte stream an upload would send. */
export function fixtureStream(name: string, chunkSize = 16 * 1024): ReadableStream<Uint8Array> {
  const bytes = fs.readFileSync(path.join(CAMPAIGN_FIXTURES, name));
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/** A draft campaign of the merchant, starting 2026-12-01, FIXED template unless told otherwise. */
export function createDraftCampaign(
  db: PrismaClient,
  merchantId: string,
  overrides: Partial<{
    templateValueType: "FIXED" | "DYNAMIC";
    defaultValue: number | null;
    startDate: string;
    name: string;
  }> = {},
) {
  return db.campaign.create({
    data: {
      merchantId,
      name: overrides.name ?? "December treat",
      stampsTemplateId: 3,
      templateName: "Free coffee",
      templateValueType: overrides.templateValueType ?? "FIXED",
      startDate: overrides.startDate ?? "2026-12-01",
      defaultValue: overrides.defaultValue ?? null,
    },
  });
}

/**
 * A generated campaign file of `rows` members (emails, phones in three forms and card numbers, a few bad rows and
 * duplicates), streamed in 64 KB chunks without building the whole text first.
 */
export function generatedCampaignFile(rows: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 1;
  return new ReadableStream({
    pull(controller) {
      if (next === 1) controller.enqueue(encoder.encode("\ufeffEmail;Jumlah;Nilai;Catatan\r\n"));
      let chunk = "";
      while (next <= rows && chunk.length < 64 * 1024) {
        const n = next++;
        const kind = n % 4;
        const identifier =
          n % 997 === 0
            ? "6.28123E+11"
            : n % 1009 === 0
              ? `member${n - 1}@example.com`
              : kind === 0
                ? `member${n}@example.com`
                : kind === 1
                  ? `0812${String(n).padStart(8, "0")}`
                  : kind === 2
                    ? `+62 813-${String(n).padStart(8, "0")}`
                    : `88${String(n).padStart(10, "0")}`;
        chunk += `${identifier};${1 + (n % 3)};${(n % 5) * 5000 + 5000};"Promo ${n}; Desember"\r\n`;
      }
      if (chunk !== "") controller.enqueue(encoder.encode(chunk));
      if (next > rows) controller.close();
    },
  });
}

export { textToStream };

/** Template 3 of merchant 14 in the catalogue, as an admin would have recorded it; the merchant. */
export async function catalogueTemplate(db: PrismaClient) {
  const merchant = await db.merchant.findUniqueOrThrow({ where: { stampsMerchantId: 14 } });
  await db.voucherTemplate.upsert({
    where: { merchantId_stampsTemplateId: { merchantId: merchant.id, stampsTemplateId: 3 } },
    create: { merchantId: merchant.id, stampsTemplateId: 3, name: "Discount Rp 100,000", valueType: "FIXED" },
    update: {},
  });
  return merchant;
}

/** A campaign of merchant 14 made by `createdById`, with a fixture file read in as an upload would. */
export async function campaignWithFile(
  db: PrismaClient,
  createdById: string,
  file: string,
  name = `Lebaran ${Date.now()}`,
) {
  const merchant = await catalogueTemplate(db);
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

export async function setCampaignStatus(
  db: PrismaClient,
  campaignId: number,
  status: CampaignStatus,
  extra: { startedAt?: Date } = {},
) {
  await db.campaign.update({ where: { id: campaignId }, data: { status, ...extra } });
}

/** Marks the first `issued` rows to issue as issued and the next `failed` as failed, as the worker would. */
export async function settleRows(
  db: PrismaClient,
  campaignId: number,
  { issued, failed }: { issued: number; failed: number },
) {
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
