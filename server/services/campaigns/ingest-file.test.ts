import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { AppError } from "@/server/errors";
import { createEmulatorMerchant } from "@/testing/vitest";
import { CampaignFileError } from "./csv/campaign-file-error";
import { ingestCampaignFile, ingestCampaignText } from "./ingest-file";
import { createDraftCampaign, fixtureStream, generatedCampaignFile, textToStream } from "@/testing/factories/campaigns";

const db = createTestDb();
let merchantId: string;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
});

const rowsOf = (campaignId: number) =>
  db.campaignRow.findMany({ where: { campaignId }, orderBy: { rowNumber: "asc" } });

describe("ingestCampaignFile", () => {
  it("reads Excel's Indonesian semicolon export: phones normalised, every bad row skipped with what is wrong", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    const result = await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: fixtureStream("indonesian-semicolon-bom-crlf.csv", 100),
      fileName: "hadiah-desember.csv",
      mode: "replace",
    });
    expect(result).toMatchObject({ rows: 10, toIssue: 4, skipped: 6, delimiter: ";", hasHeader: true });
    expect(result.mapping).toEqual({ identifier: 0, quantity: 2, value: 3, notes: 4, startDate: 5 });

    const rows = await rowsOf(campaign.id);
    expect(rows.map((row) => [row.rowNumber, row.line, row.state, row.identifier, row.problem])).toEqual([
      [1, 2, "PENDING", "+6281234560001", null],
      [2, 3, "PENDING", "+6281234560002", null],
      [3, 4, "PENDING", "+6281234560004", null],
      [
        4,
        6,
        "SKIPPED",
        null,
        expect.stringMatching(
          /^6\.28123E\+11 is a phone number Excel turned into a number .*format the "No HP" column as text/,
        ),
      ],
      [5, 8, "SKIPPED", "+6281234560006", "Quantity must be at least 1, not 0"],
      [6, 9, "SKIPPED", "+6281234560001", "Same member as row 1; only that row is issued"],
      [7, 11, "SKIPPED", null, '"bukan-nomor!" is not an email, phone number, card number or member ID'],
      [8, 12, "SKIPPED", "+6281234560010", 'Start date "31/02/2027" does not exist in the calendar'],
      [9, 13, "SKIPPED", "+6281234560011", "Start date 2020-01-01 is before the campaign starts (2026-12-01)"],
      [10, 14, "PENDING", "+6285712340099", null],
    ]);
    expect(rows[0]).toMatchObject({ quantity: 1, value: 25000, notes: "Hadiah ulang tahun", startDate: "2027-01-15" });
    expect(rows[2]).toMatchObject({ quantity: null, value: null, notes: "Catatan\r\ndua baris", startDate: null });
    expect(JSON.parse(rows[1]!.cells)).toEqual([
      "6281234560002",
      "Steven Wijaya",
      "2",
      "25.000",
      "Promo; Desember",
      "2027-01-15",
    ]);
    expect(rows[0]!.updatedAt).toBeInstanceOf(Date);

    const saved = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(saved).toMatchObject({
      fileName: "hadiah-desember.csv",
      fileDelimiter: ";",
      rowCount: 10,
      fileSha256: result.sha256,
    });
    expect(JSON.parse(saved.fileHeaders!)).toEqual(["No HP", "Nama", "Jumlah", "Nilai", "Catatan", "Tanggal Mulai"]);
  });

  it("reads Google Sheets' comma file with emails: lower-cased, the bad email and the duplicate skipped", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    const result = await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: fixtureStream("sheets-email-comma-lf.csv"),
      fileName: "december.csv",
      mode: "replace",
    });
    expect(result).toMatchObject({ rows: 6, toIssue: 4, delimiter: "," });
    const rows = await rowsOf(campaign.id);
    expect(rows.map((row) => [row.identifier, row.problem])).toEqual([
      ["customer@stamps.co.id", null],
      ["alice@stamps.co.id", null],
      ["bob@stamps.co.id", null],
      [null, '"not-an-email@" is not a valid email address'],
      ["nobody-here@example.com", null],
      ["alice@stamps.co.id", "Same member as row 2; only that row is issued"],
    ]);
    expect(rows[0]!.notes).toBe("Thanks, see you soon");
  });

  it("reads a POS export of card numbers; an Excel-mangled card and a fractional quantity are skipped", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: fixtureStream("pos-card-numbers-semicolon.csv"),
      fileName: "pos.csv",
      mode: "replace",
    });
    const rows = await rowsOf(campaign.id);
    expect(rows.map((row) => [row.identifier, row.quantity, row.notes, row.problem])).toEqual([
      ["123456780001", 1, "Kartu lama", null],
      ["123456780003", 3, null, null],
      [null, 1, null, expect.stringMatching(/^1\.23457E\+11 is a number Excel turned into a number/)],
      ["123456780009", null, null, 'Quantity "1.5" is not a whole number'],
      ["999999999999", 1, null, null],
    ]);
  });

  it("needs a value on every row for a template of any value, unless the campaign has a default", async () => {
    const text = "email,nilai\na@example.com,15000\nb@example.com,\nc@example.com,15.000,50\n";
    const dynamic = await createDraftCampaign(db, merchantId, { templateValueType: "DYNAMIC" });
    await ingestCampaignText({ db, campaignId: dynamic.id, text, mode: "replace" });
    expect((await rowsOf(dynamic.id)).map((row) => [row.value, row.problem?.slice(0, 9) ?? null])).toEqual([
      [15000, null],
      [null, "No value:"],
      [15000, null],
    ]);
    const withDefault = await createDraftCampaign(db, merchantId, {
      templateValueType: "DYNAMIC",
      defaultValue: 10000,
    });
    await ingestCampaignText({ db, campaignId: withDefault.id, text, mode: "replace" });
    expect((await rowsOf(withDefault.id)).every((row) => row.problem === null)).toBe(true);
  });

  it("takes pasted rows without a header (a column of emails)", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    const result = await ingestCampaignText({
      db,
      campaignId: campaign.id,
      text: "a@example.com\nb@example.com\n",
      mode: "replace",
    });
    expect(result).toMatchObject({ rows: 2, hasHeader: false, headers: ["Column 1"], mapping: { identifier: 0 } });
    expect((await rowsOf(campaign.id)).map((row) => [row.line, row.identifier])).toEqual([
      [1, "a@example.com"],
      [2, "b@example.com"],
    ]);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).fileName).toBe("Pasted rows");
  });

  it("replaces the file while DRAFT; a file over the row limit leaves the rows and the file as they were", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    const first = await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: fixtureStream("sheets-email-comma-lf.csv"),
      fileName: "a.csv",
      mode: "replace",
    });
    const tooMany = `email\n${Array.from({ length: 30 }, (_, i) => `m${i}@example.com`).join("\n")}`;
    const error = await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: textToStream(tooMany, 64),
      fileName: "b.csv",
      mode: "replace",
      limits: { maxRows: 20 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CampaignFileError);
    expect((error as CampaignFileError).userMessage).toMatch(/more than 20 rows \(row 21 is on line 22\)/);
    const after = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(after).toMatchObject({ fileName: "a.csv", fileSha256: first.sha256, rowCount: 6 });
    expect(await db.campaignRow.count({ where: { campaignId: campaign.id } })).toBe(6);

    await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: fixtureStream("pos-card-numbers-semicolon.csv"),
      fileName: "c.csv",
      mode: "replace",
    });
    expect(await db.campaignRow.count({ where: { campaignId: campaign.id } })).toBe(5);
  });

  it("says what is wrong with an empty file or one with only a header", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    await expect(
      ingestCampaignText({ db, campaignId: campaign.id, text: "\r\n\r\n", mode: "replace" }),
    ).rejects.toThrow(/file is empty/);
    await expect(
      ingestCampaignText({ db, campaignId: campaign.id, text: "Email;Jumlah\r\n;\r\n", mode: "replace" }),
    ).rejects.toThrow(/header row but no rows/);
  });

  it("appends after the campaign ran: numbered after the existing rows, members already issued skipped, back to DRAFT", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    await ingestCampaignText({
      db,
      campaignId: campaign.id,
      text: "email\na@example.com\nb@example.com\nc@example.com\n",
      mode: "replace",
    });
    await expect(
      ingestCampaignText({ db, campaignId: campaign.id, text: "email\nd@example.com\n", mode: "append" }),
    ).rejects.toThrow(AppError);
    await db.campaignRow.update({
      where: { campaignId_rowNumber: { campaignId: campaign.id, rowNumber: 1 } },
      data: { state: "ISSUED", voucherId: 77 },
    });
    await db.campaignRow.update({
      where: { campaignId_rowNumber: { campaignId: campaign.id, rowNumber: 2 } },
      data: { state: "FAILED" },
    });
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "COMPLETED", finishedAt: new Date() } });

    await expect(
      ingestCampaignText({ db, campaignId: campaign.id, text: "email\nd@example.com\n", mode: "replace" }),
    ).rejects.toThrow(/only while the campaign is a draft/);
    const result = await ingestCampaignText({
      db,
      campaignId: campaign.id,
      text: "email\nA@example.com\nb@example.com\nd@example.com\n",
      mode: "append",
    });
    expect(result).toMatchObject({ rows: 3, firstRow: 4, toIssue: 1 });
    const rows = await rowsOf(campaign.id);
    expect(rows.slice(3).map((row) => [row.rowNumber, row.line, row.problem])).toEqual([
      [4, 2, "Already given a voucher by this campaign (row 1)"],
      [5, 3, "Same member as row 2; only that row is issued"],
      [6, 4, null],
    ]);
    expect(rows[0]).toMatchObject({ state: "ISSUED", voucherId: 77 });
    expect(await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({
      status: "DRAFT",
      rowCount: 6,
      finishedAt: null,
    });
  });

  // How fast is the benchmark's business (bench/campaigns.ts); this checks that a file at the limit reads whole.
  it("reads and validates a generated 100,000-row file, the most a campaign takes", async () => {
    const campaign = await createDraftCampaign(db, merchantId);
    const result = await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: generatedCampaignFile(100_000),
      fileName: "big.csv",
      mode: "replace",
    });
    expect(result.rows).toBe(100_000);
    expect(await db.campaignRow.count({ where: { campaignId: campaign.id } })).toBe(100_000);
    expect(result.skipped).toBeGreaterThan(100);
  }, 120_000);
});
