import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import type { TColumnMapping } from "@/lib/schemas/campaigns";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { CampaignFileError } from "./csv/campaign-file-error";
import { readCsvStream, textToStream, type TCsvStreamInfo, type TCsvStreamLimits } from "./csv/read-csv-stream";
import {
  earlierMembers,
  insertRows,
  readStoredMapping,
  rulesOf,
  stagedRowJson,
  storeMapping,
  type TStagedRow,
} from "./campaign-file-rows";
import { guessColumnMapping } from "./guess-column-mapping";
import { createRowChecker, parseIdentifier } from "./validate-row";

export type TIngestMode = "replace" | "append";

export type TIngestInput = {
  db: PrismaClient;
  campaignId: number;
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  fileName: string | null;
  mode: TIngestMode;
  limits?: TCsvStreamLimits;
};

export type TIngestResult = {
  rows: number;
  firstRow: number;
  toIssue: number;
  skipped: number;
  headers: string[];
  hasHeader: boolean;
  mapping: TColumnMapping;
  delimiter: string;
  sha256: string;
  bytes: number;
};

const WRITE_BATCH = 5_000;

/**
 * Reads an uploaded campaign file into the campaign's rows: streamed, hashed, every row validated on the way and
 * staged in a temporary file; only when the whole file has been read are the rows written, in one transaction.
 * A file that fails (too large, not CSV, cut off) leaves the campaign as it was. "replace" (while DRAFT) swaps the
 * file; "append" (after the campaign completed or was cancelled) adds rows numbered after the existing ones and
 * sends the campaign back to DRAFT, to be submitted (and approved) again.
 */
export async function ingestCampaignFile({
  db,
  campaignId,
  body,
  fileName,
  mode,
  limits,
}: TIngestInput): Promise<TIngestResult> {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign) throw new AppError("NOT_FOUND", { userMessage: "This campaign does not exist." });
  assertModeAllowed(campaign.status, mode);

  const firstRow =
    mode === "append"
      ? ((await db.campaignRow.aggregate({ where: { campaignId }, _max: { rowNumber: true } }))._max.rowNumber ?? 0) + 1
      : 1;
  const earlier = mode === "append" ? await earlierMembers(db, campaignId, firstRow) : undefined;
  const stored = readStoredMapping(campaign.columnMapping);
  const previousHeaders = campaign.fileHeaders ? (JSON.parse(campaign.fileHeaders) as string[]) : null;

  const info: TCsvStreamInfo = { bytes: 0, sha256: null, delimiter: null };
  const stagingFile = path.join(os.tmpdir(), `campaign-${campaignId}-${randomUUID()}.ndjson`);
  const staging = fs.createWriteStream(stagingFile, { encoding: "utf8" });
  let headers: string[] | null = null;
  let hasHeader = true;
  let mapping: TColumnMapping | null = null;
  let check: ReturnType<typeof createRowChecker> | null = null;
  let rowNumber = firstRow - 1;
  let toIssue = 0;

  try {
    for await (const batch of readCsvStream(body, info, limits)) {
      let out = "";
      for (const record of batch) {
        if (headers === null) {
          hasHeader = !looksLikeData(record.cells);
          headers = hasHeader
            ? record.cells.map((cell) => cell.trim())
            : record.cells.map((_, index) => `Column ${index + 1}`);
          const sameHeaders = previousHeaders !== null && JSON.stringify(previousHeaders) === JSON.stringify(headers);
          mapping = sameHeaders && stored ? stored.mapping : guessColumnMapping(headers);
          check = createRowChecker(rulesOf(campaign, mapping, headers), earlier);
          if (hasHeader) continue;
        }
        rowNumber++;
        const row: TStagedRow = {
          rowNumber,
          line: record.line,
          cells: record.cells,
          ...check!(rowNumber, record.cells),
        };
        if (row.problem === null) toIssue++;
        out += `${stagedRowJson(row)}\n`;
      }
      if (out !== "" && !staging.write(out))
        await new Promise<void>((resolve) => staging.once("drain", () => resolve()));
    }
    await new Promise<void>((resolve, reject) =>
      staging.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );

    if (headers === null) throw new CampaignFileError("The file is empty: it has no header row and no rows.");
    const rows = rowNumber - firstRow + 1;
    if (rows === 0) throw new CampaignFileError("The file has a header row but no rows under it.");

    await db.$transaction(
      async (tx) => {
        // Checked again inside the transaction: the campaign may have been submitted or started meanwhile.
        const allowed = mode === "append" ? (["COMPLETED", "CANCELLED"] as const) : (["DRAFT"] as const);
        const updated = await tx.campaign.updateMany({
          where: { id: campaignId, status: { in: [...allowed] } },
          data: {
            fileName: fileName ?? "Pasted rows",
            fileSize: info.bytes,
            fileSha256: info.sha256,
            fileDelimiter: info.delimiter,
            fileHeaders: JSON.stringify(headers),
            columnMapping: storeMapping(mapping!, firstRow),
            rowCount: rowNumber,
            dryRunStatus: null,
            dryRunCheckedAt: null,
            ...(mode === "append" ? { status: "DRAFT", approvedById: null, approvedAt: null, finishedAt: null } : {}),
          },
        });
        if (updated.count === 0)
          assertModeAllowed((await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } })).status, mode);
        if (mode === "replace") await tx.campaignRow.deleteMany({ where: { campaignId } });
        await copyStagedRows(tx as PrismaClient, campaignId, stagingFile);
      },
      { timeout: 120_000, maxWait: 15_000 },
    );
    return {
      rows,
      firstRow,
      toIssue,
      skipped: rows - toIssue,
      headers,
      hasHeader,
      mapping: mapping!,
      delimiter: info.delimiter!,
      sha256: info.sha256!,
      bytes: info.bytes,
    };
  } finally {
    staging.destroy();
    await fs.promises.rm(stagingFile, { force: true });
  }
}

/** Pasted rows (a few, from a spreadsheet or typed): read exactly as an uploaded file. */
export function ingestCampaignText({
  db,
  campaignId,
  text,
  mode,
}: {
  db: PrismaClient;
  campaignId: number;
  text: string;
  mode: TIngestMode;
}) {
  return ingestCampaignFile({ db, campaignId, body: textToStream(text), fileName: null, mode });
}

async function copyStagedRows(db: PrismaClient, campaignId: number, stagingFile: string) {
  const lines = readline.createInterface({
    input: fs.createReadStream(stagingFile, { encoding: "utf8" }),
    crlfDelay: Infinity,
  });
  let batch: string[] = [];
  for await (const line of lines) {
    batch.push(line);
    if (batch.length >= WRITE_BATCH) {
      await insertRows(db, campaignId, batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insertRows(db, campaignId, batch);
}

function assertModeAllowed(status: string, mode: TIngestMode) {
  if (mode === "replace" && status !== "DRAFT") {
    throw new AppError("CONFLICT", {
      userMessage:
        "The file can be replaced only while the campaign is a draft. To add members after it has run, add rows once it is completed or cancelled.",
    });
  }
  if (mode === "append" && status !== "COMPLETED" && status !== "CANCELLED") {
    throw new AppError("CONFLICT", {
      userMessage:
        "Rows can be added only once the campaign is completed or cancelled. While it is a draft, replace the file instead.",
    });
  }
}

/** A first line that already holds a member (an email or phone number) means the file has no header row. */
function looksLikeData(cells: string[]) {
  return cells.some((cell) => {
    const parsed = parseIdentifier(cell, "");
    return parsed.value !== undefined && (parsed.value.includes("@") || parsed.value.startsWith("+"));
  });
}
