import { createHash } from "node:crypto";
import { CampaignFileError } from "./campaign-file-error";
import { CsvParser, type TCsvRecord } from "./csv-parser";

export const CAMPAIGN_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const CAMPAIGN_FILE_MAX_ROWS = 100_000;

export type TCsvStreamLimits = { maxBytes?: number; maxRows?: number };

/** What a stream read to its end turned out to be; filled in as the records are read. */
export type TCsvStreamInfo = { bytes: number; sha256: string | null; delimiter: string | null };

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;

/**
 * Reads a CSV byte stream chunk by chunk, never holding the whole file: yields the header record first, then data
 * records in batches as they complete. Hashes the bytes (sha256) on the way; stops with a CampaignFileError, saying
 * what and where, at the first byte or row over the limits, at text that is not UTF-8, or at a missing closing quote.
 * A BOM is dropped; CRLF, LF and the delimiter (comma, semicolon or tab, from the header line) are detected.
 */
export async function* readCsvStream(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  info: TCsvStreamInfo,
  limits: TCsvStreamLimits = {},
): AsyncGenerator<TCsvRecord[]> {
  const maxBytes = limits.maxBytes ?? CAMPAIGN_FILE_MAX_BYTES;
  const maxRows = limits.maxRows ?? CAMPAIGN_FILE_MAX_ROWS;
  const hash = createHash("sha256");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parser = new CsvParser();
  let records = 0;
  let first = true;

  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new CampaignFileError(
        `Around line ${parser.currentLine} the file holds characters that are not UTF-8 text. In Excel save it with "CSV UTF-8 (Comma delimited)"; in Google Sheets use File › Download › CSV.`,
      );
    }
  };
  const check = (batch: TCsvRecord[]) => {
    records += batch.length;
    // The first record is the header row.
    if (records - 1 > maxRows) {
      const over = batch[batch.length - (records - 1 - maxRows)]!;
      throw new CampaignFileError(
        `The file has more than ${maxRows.toLocaleString("en")} rows (row ${(maxRows + 1).toLocaleString("en")} is on line ${over.line.toLocaleString("en")}). Split it into files of at most ${maxRows.toLocaleString("en")} rows.`,
        { tooLarge: true },
      );
    }
    return batch;
  };

  for await (const chunk of body as AsyncIterable<Uint8Array>) {
    if (first && chunk.length >= 4) {
      first = false;
      if (chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04) {
        throw new CampaignFileError(
          'This is an Excel workbook or another zip file, not a CSV file. In Excel choose File › Save As › "CSV UTF-8 (Comma delimited)" and upload that.',
        );
      }
    }
    info.bytes += chunk.length;
    if (info.bytes > maxBytes) {
      throw new CampaignFileError(
        `The file is larger than ${formatSize(maxBytes)} (the limit was reached around line ${parser.currentLine.toLocaleString("en")}). Split it into smaller files.`,
        { tooLarge: true },
      );
    }
    hash.update(chunk);
    const batch: TCsvRecord[] = [];
    parser.push(decode(chunk), batch);
    info.delimiter = parser.delimiter;
    if (batch.length > 0) yield check(batch);
  }
  const batch: TCsvRecord[] = [];
  parser.push(decode(), batch);
  parser.end(batch);
  info.delimiter = parser.delimiter;
  info.sha256 = hash.digest("hex");
  if (batch.length > 0) yield check(batch);
}

/** A string as the byte stream a browser would upload, in chunks of `chunkSize` bytes. */
export function textToStream(text: string, chunkSize = 64 * 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}
