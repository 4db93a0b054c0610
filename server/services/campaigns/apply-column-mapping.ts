import { ZColumnMapping, type TColumnMapping, type TColumnMappingInput } from "@/lib/schemas/campaigns";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import {
  earlierMembers,
  insertRows,
  readStoredMapping,
  rulesOf,
  stagedRowJson,
  storeMapping,
} from "./campaign-file-rows";
import { createRowChecker, skipReasonOf } from "./validate-row";

const PAGE = 5_000;

type TStoredRow = {
  rowNumber: number;
  line: number;
  cells: string;
  identifier: string | null;
  problem: string | null;
  memberFound: boolean | number | null;
  memberId: number | null;
};

/**
 * Re-reads every row of the campaign's current file by a new mapping (only while it is a draft). Rows are read
 * and rewritten a page at a time inside one transaction, each page in one INSERT fed by json_each, so 100,000 rows
 * take seconds and a failure leaves the old mapping and rows in place. A member the dry run did not find stays
 * marked as long as the row names the same member; a new identifier column clears the dry run.
 */
export async function applyColumnMapping({
  db,
  campaignId,
  mapping: input,
}: {
  db: PrismaClient;
  campaignId: number;
  mapping: TColumnMappingInput;
}) {
  const mapping: TColumnMapping = ZColumnMapping.parse(input);
  const campaign = await db.campaign.findUnique({ where: { id: campaignId } });
  if (!campaign) throw new AppError("NOT_FOUND", { userMessage: "This campaign does not exist." });
  if (campaign.status !== "DRAFT") {
    throw new AppError("CONFLICT", { userMessage: "The columns can be changed only while the campaign is a draft." });
  }
  const stored = readStoredMapping(campaign.columnMapping);
  const headers = campaign.fileHeaders ? (JSON.parse(campaign.fileHeaders) as string[]) : null;
  if (!stored || !headers)
    throw new AppError("BAD_REQUEST", { userMessage: "Upload a file before choosing its columns." });
  for (const [field, column] of Object.entries(mapping)) {
    if (column !== null && column >= headers.length) {
      throw new AppError("BAD_REQUEST", {
        userMessage: `The file has ${headers.length} columns; there is no column ${column + 1} for ${field}.`,
        fieldErrors: { [field]: "This column is not in the file" },
      });
    }
  }
  const identifierChanged = stored.mapping.identifier !== mapping.identifier;
  const check = createRowChecker(
    rulesOf(campaign, mapping, headers),
    await earlierMembers(db, campaignId, stored.firstRow),
  );
  let toIssue = 0;
  let rows = 0;

  await db.$transaction(
    async (tx) => {
      let after = stored.firstRow - 1;
      for (;;) {
        // Raw rows: Prisma's row mapping costs more than the validation itself at this size.
        const page = await tx.$queryRawUnsafe<TStoredRow[]>(
          `SELECT "rowNumber", "line", "cells", "identifier", "problem", "memberFound", "memberId" FROM "CampaignRow"
           WHERE "campaignId" = ? AND "rowNumber" > ? ORDER BY "rowNumber" LIMIT ?`,
          campaignId,
          after,
          PAGE,
        );
        if (page.length === 0) break;
        after = page[page.length - 1]!.rowNumber;
        const rewritten = page.map((row) => {
          const cells = JSON.parse(row.cells) as string[];
          const next = check(row.rowNumber, cells);
          const sameMember = next.identifier !== null && next.identifier === row.identifier;
          if (
            next.problem === null &&
            sameMember &&
            !row.memberFound &&
            row.memberFound !== null &&
            skipReasonOf(row.problem) === "memberNotFound"
          ) {
            next.problem = row.problem;
          }
          if (next.problem === null) toIssue++;
          return stagedRowJson(
            { ...next, rowNumber: row.rowNumber, line: row.line, cells },
            sameMember
              ? { memberFound: row.memberFound === null ? null : Boolean(row.memberFound), memberId: row.memberId }
              : { memberFound: null, memberId: null },
          );
        });
        rows += page.length;
        // A draft's rows hold nothing but what the file and the dry run said: rewriting them is the fast way
        // (an UPDATE joined to json_each makes SQLite scan the table once per row).
        await tx.campaignRow.deleteMany({
          where: {
            campaignId,
            rowNumber: { gte: page[0]!.rowNumber, lte: after },
            state: { in: ["PENDING", "SKIPPED"] },
          },
        });
        await insertRows(tx, campaignId, rewritten);
      }
      await tx.campaign.update({
        where: { id: campaignId },
        data: {
          columnMapping: storeMapping(mapping, stored.firstRow),
          ...(identifierChanged ? { dryRunStatus: null, dryRunCheckedAt: null } : {}),
        },
      });
    },
    { timeout: 120_000, maxWait: 15_000 },
  );
  return { rows, toIssue, skipped: rows - toIssue, mapping };
}
