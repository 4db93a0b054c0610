import fs from "node:fs";
import path from "node:path";
import { DEMO_MERCHANT } from "../../prisma/demo-data";
import { e2eDb } from "../factories/db";
import { createStaff } from "../factories/staff";
import { expect, signIn, test } from "../fixtures/auth";

const fixtures = path.join(import.meta.dirname, "..", "fixtures", "campaigns");

async function draftCampaign(name: string) {
  const db = e2eDb();
  const merchant = await db.merchant.findUniqueOrThrow({ where: { stampsMerchantId: DEMO_MERCHANT.stampsMerchantId } });
  return db.campaign.create({
    data: { merchantId: merchant.id, name, stampsTemplateId: 3, templateName: "Free coffee", startDate: "2026-12-01" },
  });
}

const csvUpload = (file: string) => ({
  headers: { "Content-Type": "text/csv", "X-File-Name": encodeURIComponent(file) },
  data: fs.readFileSync(path.join(fixtures, file)),
});

test("[MARKETING][CAMPAIGNS]: uploads Excel's Indonesian CSV, then downloads the problem rows and the results", async ({
  page,
}) => {
  const campaign = await draftCampaign("E2E upload API");
  await signIn(page, await createStaff("MARKETING"));

  const upload = await page.request.post(
    `/api/campaigns/${campaign.id}/upload`,
    csvUpload("indonesian-semicolon-bom-crlf.csv"),
  );
  expect(upload.status(), await upload.text()).toBe(200);
  expect(await upload.json()).toMatchObject({ rows: 10, toIssue: 4, skipped: 6, delimiter: ";" });
  const db = e2eDb();
  expect(await db.campaignRow.count({ where: { campaignId: campaign.id, state: "PENDING" } })).toBe(4);
  const event = await db.auditEvent.findFirst({
    where: { action: "campaigns.uploadFile", target: `campaign:${campaign.id}` },
  });
  expect(event).toMatchObject({ outcome: "OK" });

  const problems = await page.request.get(`/api/campaigns/${campaign.id}/problems`);
  expect(problems.status()).toBe(200);
  expect(problems.headers()["content-disposition"]).toBe(
    `attachment; filename="e2e-upload-api-${campaign.id}-problems.csv"`,
  );
  const lines = (await problems.text()).split("\r\n");
  expect(lines[0]).toBe("\ufeffRow;Line;No HP;Nama;Jumlah;Nilai;Catatan;Tanggal Mulai;Problem");
  expect(lines.filter((line) => line !== "")).toHaveLength(7);

  const results = await page.request.get(`/api/campaigns/${campaign.id}/results`);
  expect((await results.text()).split("\r\n")[1]).toMatch(
    /^1;2;081234560001;Steve Rogers;.*;\+6281234560001;Waiting to be issued;;$/,
  );
});

test("[MARKETING][CAMPAIGNS]: a file over the limits or not CSV is refused with a sentence; the draft keeps its file", async ({
  page,
}) => {
  const campaign = await draftCampaign("E2E refused files");
  await signIn(page, await createStaff("MARKETING"));
  const url = `/api/campaigns/${campaign.id}/upload`;
  expect((await page.request.post(url, csvUpload("sheets-email-comma-lf.csv"))).status()).toBe(200);

  const tooBig = await page.request.post(url, {
    headers: { "Content-Type": "text/csv" },
    data: Buffer.alloc(21 * 1024 * 1024, "a"),
  });
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.json()).toEqual({ message: expect.stringMatching(/larger than 20 MB/) });

  const workbook = await page.request.post(url, {
    headers: { "Content-Type": "text/csv" },
    data: Buffer.from("PK\x03\x04rest of a zip"),
  });
  expect(workbook.status()).toBe(400);
  expect(await workbook.json()).toEqual({ message: expect.stringMatching(/Excel workbook/) });

  const saved = await e2eDb().campaign.findUniqueOrThrow({ where: { id: campaign.id } });
  expect(saved).toMatchObject({ fileName: "sheets-email-comma-lf.csv", rowCount: 6 });
});

test("[SUPPORT][CAMPAIGNS]: support staff and signed-out visitors cannot upload or download", async ({ page }) => {
  const campaign = await draftCampaign("E2E access");
  expect((await page.request.get(`/api/campaigns/${campaign.id}/results`)).status()).toBe(401);
  await signIn(page, await createStaff("SUPPORT"));
  const upload = await page.request.post(
    `/api/campaigns/${campaign.id}/upload`,
    csvUpload("sheets-email-comma-lf.csv"),
  );
  expect(upload.status()).toBe(403);
  expect(await upload.json()).toEqual({ message: expect.stringMatching(/your role cannot open them/) });
  expect((await page.request.get(`/api/campaigns/${campaign.id}/problems`)).status()).toBe(403);
  expect(await e2eDb().campaignRow.count({ where: { campaignId: campaign.id } })).toBe(0);
});

test("[ADMIN][CAMPAIGNS]: an unknown campaign is a 404 with a sentence", async ({ page }) => {
  await signIn(page, await createStaff("ADMIN"));
  const response = await page.request.get("/api/campaigns/999999999/results");
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ message: expect.stringMatching(/does not exist/) });
});
