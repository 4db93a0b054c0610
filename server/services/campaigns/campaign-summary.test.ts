import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { createEmulatorMerchant } from "@/testing/vitest";
import { applyColumnMapping } from "./apply-column-mapping";
import { getCampaignSummary } from "./campaign-summary";
import { streamCampaignCsv } from "./export-csv";
import { ingestCampaignFile } from "./ingest-file";
import { createDraftCampaign, fixtureStream, generatedCampaignFile } from "@/testing/factories/campaigns";

const db = createTestDb();
let merchantId: string;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
});

const upload = (campaignId: number, fixture: string) =>
  ingestCampaignFile({ db, campaignId, body: fixtureStream(fixture), fileName: fixture, mode: "replace" });

async function download(campaignId: number, kind: "problems" | "results") {
  const { stream, fileName } = await streamCampaignCsv({ db, campaignId, kind });
  // Response.text() would drop the BOM the download starts with.
  return { text: Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8"), fileName };
}

describe("getCampaignSummary", () => {
  it("counts rows to issue, skipped by reason, vouchers and value; approval by the default limits when none are set", async () => {
    const campaign = await createDraftCampaign(db, merchantId, { defaultValue: 5000 });
    await upload(campaign.id, "indonesian-semicolon-bom-crlf.csv");
    const summary = await getCampaignSummary({ db, campaignId: campaign.id });
    expect(summary).toMatchObject({
      rows: 10,
      toIssue: 4,
      skipped: 6,
      vouchers: 5,
      needsApproval: false,
      sameFileCampaigns: [],
    });
    // Rows 1 and 2 carry 25.000 (1 and 2 vouchers), rows 3 and 10 take the campaign's default 5,000.
    expect(summary.totalValue).toBe(25_000 + 2 * 25_000 + 5_000 + 5_000);
    expect(summary.skippedByReason).toEqual(
      expect.arrayContaining([
        { kind: "excel", label: "Numbers changed by Excel", count: 1 },
        { kind: "number", label: "Quantity or value not usable", count: 1 },
        { kind: "duplicate", label: "Same member twice in the file", count: 1 },
        { kind: "identifier", label: "Member missing or unreadable", count: 1 },
        { kind: "date", label: "Start date not usable", count: 2 },
      ]),
    );
    expect(summary.approvalLimits).toEqual({ rows: 1000, value: 50_000_000 });
  });

  it("warns about the same file in another campaign of the merchant, and asks for approval over the merchant's limits", async () => {
    const first = await createDraftCampaign(db, merchantId, { name: "November" });
    await upload(first.id, "sheets-email-comma-lf.csv");
    const second = await createDraftCampaign(db, merchantId, { name: "December" });
    await upload(second.id, "sheets-email-comma-lf.csv");
    await db.campaignSettings.upsert({
      where: { merchantId },
      create: { merchantId, approvalRowLimit: 3, approvalValueLimit: 100_000 },
      update: { approvalRowLimit: 3, approvalValueLimit: 100_000 },
    });
    try {
      const summary = await getCampaignSummary({ db, campaignId: second.id });
      expect(summary.sameFileCampaigns).toEqual([
        expect.objectContaining({ id: first.id, name: "November", status: "DRAFT" }),
      ]);
      expect(summary).toMatchObject({ toIssue: 4, totalValue: 150_000, rowsWithoutValue: 2, needsApproval: true });
      expect(summary.approvalReasons).toEqual([
        "More than 3 rows to issue",
        "Vouchers worth more than Rp 100,000 in all",
      ]);
    } finally {
      await db.campaignSettings.delete({ where: { merchantId } });
    }
  });
});

describe("applyColumnMapping", () => {
  it("re-reads every row by the new mapping: notes read as the identifier skip every row, and back", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    const { mapping } = await upload(campaign.id, "sheets-email-comma-lf.csv");
    const wrong = await applyColumnMapping({ db, campaignId: campaign.id, mapping: { ...mapping, identifier: 1 } });
    expect(wrong).toMatchObject({ rows: 6, toIssue: 0 });
    const back = await applyColumnMapping({ db, campaignId: campaign.id, mapping: { ...mapping, value: null } });
    expect(back).toMatchObject({ rows: 6, toIssue: 4 });
    const rows = await db.campaignRow.findMany({ where: { campaignId: campaign.id }, orderBy: { rowNumber: "asc" } });
    expect(rows.map((row) => [row.identifier, row.value, row.state])).toEqual([
      ["customer@stamps.co.id", null, "PENDING"],
      ["alice@stamps.co.id", null, "PENDING"],
      ["bob@stamps.co.id", null, "PENDING"],
      [null, null, "SKIPPED"],
      ["nobody-here@example.com", null, "PENDING"],
      ["alice@stamps.co.id", null, "SKIPPED"],
    ]);
    await expect(
      applyColumnMapping({ db, campaignId: campaign.id, mapping: { ...mapping, notes: 9 } }),
    ).rejects.toThrow(/has 6 columns/);
    await expect(
      applyColumnMapping({ db, campaignId: campaign.id, mapping: { ...mapping, notes: 0 } }),
    ).rejects.toThrow(/only one field/);
  });

  // Several of applyColumnMapping's batches; how fast it is belongs to the benchmark, not to a test.
  it("re-validates every row of a large file under a new mapping", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    const { mapping } = await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: generatedCampaignFile(20_000),
      fileName: "big.csv",
      mode: "replace",
    });
    expect(await db.campaignRow.count({ where: { campaignId: campaign.id, value: { not: null } } })).toBeGreaterThan(0);
    const result = await applyColumnMapping({ db, campaignId: campaign.id, mapping: { ...mapping, value: null } });
    expect(result.rows).toBe(20_000);
    expect(await db.campaignRow.count({ where: { campaignId: campaign.id, value: { not: null } } })).toBe(0);
  }, 90_000);
});

describe("streamCampaignCsv", () => {
  it("downloads the problem rows as they were in the file, with what is wrong, in the file's delimiter", async () => {
    const campaign = await createDraftCampaign(db, merchantId, { name: "Hadiah Desember!" });
    await upload(campaign.id, "indonesian-semicolon-bom-crlf.csv");
    const { text, fileName } = await download(campaign.id, "problems");
    expect(fileName).toBe(`hadiah-desember-${campaign.id}-problems.csv`);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("\ufeffRow;Line;No HP;Nama;Jumlah;Nilai;Catatan;Tanggal Mulai;Problem");
    expect(lines[1]).toMatch(
      /^4;6;6\.28123E\+11;Siti Rahayu;1;25\.000;;;"6\.28123E\+11 is a phone number Excel turned into a number/,
    );
    // The message holds the file's delimiter, so it is quoted.
    expect(lines[3]).toBe('6;9;081234560001;Steve Rogers lagi;1;;;;"Same member as row 1; only that row is issued"');
    expect(lines).toHaveLength(8);
  });

  it("downloads every row's outcome; cells that a spreadsheet would run as a formula are made text", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    await upload(campaign.id, "sheets-email-comma-lf.csv");
    await db.campaignRow.update({
      where: { campaignId_rowNumber: { campaignId: campaign.id, rowNumber: 1 } },
      data: { state: "ISSUED", voucherId: 9001 },
    });
    await db.campaignRow.update({
      where: { campaignId_rowNumber: { campaignId: campaign.id, rowNumber: 2 } },
      data: { state: "FAILED", error: "Stamps refused: this voucher template has ended." },
    });
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "CANCELLED" } });
    const lines = (await download(campaign.id, "results")).text.split("\r\n");
    expect(lines[0]).toBe(
      "\ufeffRow,Line,Email,Name,Quantity,Value,Notes,Start date,Member,Outcome,Voucher ID,Details",
    );
    expect(lines[1]).toBe(
      '1,2,customer@stamps.co.id,Customer,1,50000,"Thanks, see you soon",2027-01-15,customer@stamps.co.id,Issued,9001,',
    );
    expect(lines[2]).toBe(
      "2,3,ALICE@stamps.co.id,Alice,2,50000,,,alice@stamps.co.id,Failed,,Stamps refused: this voucher template has ended.",
    );
    expect(lines[3]).toBe(
      `3,4,bob@stamps.co.id,Bob,1,,"'=HYPERLINK(""http://example.com"")",,bob@stamps.co.id,Not issued: campaign cancelled,,`,
    );
    expect(lines[4]).toMatch(
      /^4,5,not-an-email@,Broken,1,,,,,Skipped,,"""not-an-email@"" is not a valid email address"$/,
    );
  });
});
