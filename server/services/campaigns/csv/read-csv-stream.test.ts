import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CampaignFileError } from "./campaign-file-error";
import { CsvParser, type TCsvRecord } from "./csv-parser";
import { readCsvStream, textToStream, type TCsvStreamInfo } from "./read-csv-stream";

const fixtures = path.join(import.meta.dirname, "..", "..", "..", "..", "e2e", "fixtures", "campaigns");
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));

function bytesToStream(bytes: Uint8Array, chunkSize: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

async function readAll(body: ReadableStream<Uint8Array>, limits?: { maxBytes?: number; maxRows?: number }) {
  const info: TCsvStreamInfo = { bytes: 0, sha256: null, delimiter: null };
  const records: TCsvRecord[] = [];
  for await (const batch of readCsvStream(body, info, limits)) records.push(...batch);
  return { records, info };
}

const parseText = (text: string) => {
  const parser = new CsvParser();
  const out: TCsvRecord[] = [];
  parser.push(text, out);
  parser.end(out);
  return out;
};

describe("readCsvStream", () => {
  it("reads Excel's Indonesian export: BOM dropped, semicolons, CRLF, quoted delimiter and newline, blank lines skipped", async () => {
    const { records, info } = await readAll(bytesToStream(fixture("indonesian-semicolon-bom-crlf.csv"), 64 * 1024));
    expect(info.delimiter).toBe(";");
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(records[0]).toEqual({ cells: ["No HP", "Nama", "Jumlah", "Nilai", "Catatan", "Tanggal Mulai"], line: 1 });
    expect(records[2]).toEqual({
      cells: ["6281234560002", "Steven Wijaya", "2", "25.000", "Promo; Desember", "2027-01-15"],
      line: 3,
    });
    expect(records[3]).toEqual({
      cells: ["+62 812-3456-0004", "Budi Santoso", "", "", "Catatan\r\ndua baris", ""],
      line: 4,
    });
    // The quoted newline makes row 3 span lines 4 and 5; the blank line 7 and the empty cells of line 10 are skipped.
    expect(records.map((record) => record.line)).toEqual([1, 2, 3, 4, 6, 8, 9, 11, 12, 13, 14]);
  });

  it("gives the same records and hash whatever the chunk boundaries (split inside quotes, between CR and LF, inside the BOM)", async () => {
    const bytes = fixture("indonesian-semicolon-bom-crlf.csv");
    const whole = await readAll(bytesToStream(bytes, bytes.length));
    for (const size of [1, 2, 3, 7, 13]) {
      const chunked = await readAll(bytesToStream(bytes, size));
      expect(chunked.records).toEqual(whole.records);
      expect(chunked.info.sha256).toBe(whole.info.sha256);
    }
  });

  it("detects commas and LF (Google Sheets) and semicolons or tabs from the header line only", () => {
    expect(parseText('Email,Notes\na@b.co,"x; y; z"\n').map((r) => r.cells)).toEqual([
      ["Email", "Notes"],
      ["a@b.co", "x; y; z"],
    ]);
    expect(parseText("Email;Notes\na@b.co;x, y, z").map((r) => r.cells)).toEqual([
      ["Email", "Notes"],
      ["a@b.co", "x, y, z"],
    ]);
    expect(parseText("Email\tNotes\na@b.co\tx, y; z\n").map((r) => r.cells)).toEqual([
      ["Email", "Notes"],
      ["a@b.co", "x, y; z"],
    ]);
  });

  it("keeps doubled quotes, old-Mac CR line ends and a last line without a line end", () => {
    expect(parseText('a,b\r"say ""hi""",2\r3,4')).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ['say "hi"', "2"], line: 2 },
      { cells: ["3", "4"], line: 3 },
    ]);
  });

  it("says on which line a quote is never closed", () => {
    expect(() => parseText('Email,Notes\na@b.co,fine\nc@d.co,"never closed\nmore\n')).toThrow(
      /Line 3: a quoted field starts here and its closing quote/,
    );
  });

  it("refuses text that is not UTF-8 (Excel's plain CSV in Windows-1252) and says how to save it", async () => {
    const latin1 = Buffer.from("Email;Catatan\r\nsiti@example.com;Caf\xe9\r\n", "latin1");
    await expect(readAll(bytesToStream(latin1, 1024))).rejects.toThrow(/not UTF-8 text.*CSV UTF-8/);
  });

  it("refuses an Excel workbook", async () => {
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    await expect(readAll(bytesToStream(xlsx, 1024))).rejects.toThrow(/Excel workbook/);
  });

  it("stops at the first row over the row limit and says which line it is on", async () => {
    const text = ["email", ...Array.from({ length: 12 }, (_, i) => `m${i}@example.com`)].join("\n");
    const error = (await readAll(textToStream(text, 16), { maxRows: 10 }).catch(
      (e: unknown) => e,
    )) as CampaignFileError;
    expect(error).toBeInstanceOf(CampaignFileError);
    expect(error.tooLarge).toBe(true);
    expect(error.userMessage).toBe(
      "The file has more than 10 rows (row 11 is on line 12). Split it into files of at most 10 rows.",
    );
  });

  it("stops at the byte limit", async () => {
    const text = `email\n${"someone@example.com\n".repeat(2000)}`;
    const error = (await readAll(textToStream(text, 1024), { maxBytes: 10_000 }).catch(
      (e: unknown) => e,
    )) as CampaignFileError;
    expect(error.tooLarge).toBe(true);
    expect(error.userMessage).toMatch(
      /^The file is larger than 10 KB \(the limit was reached around line \d+\)\. Split it/,
    );
  });
});
