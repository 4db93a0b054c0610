import { csvCell } from "@/lib/csv";
import { AppError } from "@/server/errors";
import type { CampaignRowState, PrismaClient } from "@/server/generated/prisma/client";

export type TCampaignExport = "problems" | "results";

const PAGE = 2_000;
/** A phone number as the back office normalises it: + and digits only, which no spreadsheet runs as a formula. */
const NORMALISED_PHONE = /^\+\d{8,15}$/;

/**
 * The Member column: a normalised phone goes out as it is (a leading ' would show in Excel and break a
 * copy-paste into Stamps); anything else, which may come straight from the file, through csvCell.
 */
function memberCell(identifier: string | null, delimiter: string) {
  return identifier && NORMALISED_PHONE.test(identifier) ? identifier : csvCell(identifier, delimiter);
}

const OUTCOMES: Record<CampaignRowState, string> = {
  SKIPPED: "Skipped",
  PENDING: "Waiting to be issued",
  IN_FLIGHT: "Being issued",
  ISSUED: "Issued",
  FAILED: "Failed",
  UNKNOWN: "Being checked with Stamps",
};

/** The outcome of a row in plain words, as the results screen and its download say it. */
export function rowOutcome(state: CampaignRowState, campaignStatus: string) {
  if (state === "PENDING" && campaignStatus === "CANCELLED") return "Not issued: campaign cancelled";
  return OUTCOMES[state];
}

/**
 * The campaign's rows as a CSV download, streamed a page at a time: "problems" holds the skipped rows as they were
 * in the file plus a Problem column (to fix and upload again), "results" every row with its outcome, voucher ID and
 * what went wrong. Written with a BOM and CRLF, in the delimiter the uploaded file used, so Excel opens it as is.
 */
export async function streamCampaignCsv({
  db,
  campaignId,
  kind,
}: {
  db: PrismaClient;
  campaignId: number;
  kind: TCampaignExport;
}) {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign) throw new AppError("NOT_FOUND", { userMessage: "This campaign does not exist." });
  const delimiter = campaign.fileDelimiter === ";" ? ";" : ",";
  const headers = campaign.fileHeaders ? (JSON.parse(campaign.fileHeaders) as string[]) : [];
  const cell = (value: string | number | null | undefined | { safe: string }) =>
    typeof value === "object" && value !== null ? value.safe : csvCell(value, delimiter);
  const line = (cells: (string | number | null | undefined | { safe: string })[]) =>
    `${cells.map(cell).join(delimiter)}\r\n`;
  const fileCells = (json: string) => {
    const cells = JSON.parse(json) as string[];
    return headers.map((_, index) => cells[index] ?? "");
  };
  const head =
    kind === "problems"
      ? line(["Row", "Line", ...headers, "Problem"])
      : line(["Row", "Line", ...headers, "Member", "Outcome", "Voucher ID", "Details"]);

  const encoder = new TextEncoder();
  let after = 0;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\ufeff${head}`));
        return;
      }
      const rows = await db.campaignRow.findMany({
        where: { campaignId, rowNumber: { gt: after }, ...(kind === "problems" ? { state: "SKIPPED" } : {}) },
        select: {
          rowNumber: true,
          line: true,
          cells: true,
          identifier: true,
          state: true,
          voucherId: true,
          problem: true,
          error: true,
        },
        orderBy: { rowNumber: "asc" },
        take: PAGE,
      });
      if (rows.length === 0) return controller.close();
      after = rows[rows.length - 1]!.rowNumber;
      let text = "";
      for (const row of rows) {
        text +=
          kind === "problems"
            ? line([row.rowNumber, row.line, ...fileCells(row.cells), row.problem ?? "Left out"])
            : line([
                row.rowNumber,
                row.line,
                ...fileCells(row.cells),
                { safe: memberCell(row.identifier, delimiter) },
                rowOutcome(row.state, campaign.status),
                row.voucherId,
                row.problem ?? row.error,
              ]);
      }
      controller.enqueue(encoder.encode(text));
    },
  });
  const slug =
    campaign.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "campaign";
  return { stream, fileName: `${slug}-${campaignId}-${kind}.csv`, merchantId: campaign.merchantId };
}
