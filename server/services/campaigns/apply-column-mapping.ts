import { ZColumnMapping, type TColumnMapping, type TColumnMappingInput } from "@/lib/schemas/campaigns";
import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { earlierMembers, readStoredMapping, rulesOf, sqliteNow, storeMapping } from "./campaign-file-rows";
import { createRowChecker, skipReasonOf } from "./validate-row";

const PAGE = 5_000;
const at = (index: number) => `json_extract(j.value, '$[${index}]')`;

/**
 * Re-reads every row of the campaign's current file by a new mapping (only while it is a draft). Rows are read
 * and rewritten a page at a time inside one transaction, each page in one UPDATE fed by json_each, so 100,000 rows
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
        const page = await tx.campaignRow.findMany({
          where: { campaignId, rowNumber: { gt: after } },
          select: { rowNumber: true, cells: true, identifier: true, problem: true, memberFound: true, memberId: true },
          orderBy: { rowNumber: "asc" },
          take: PAGE,
        });
        if (page.length === 0) break;
        after = page[page.length - 1]!.rowNumber;
        const updates = page.map((row) => {
          const next = check(row.rowNumber, JSON.parse(row.cells) as string[]);
          const sameMember = next.identifier !== null && next.identifier === row.identifier;
          if (
            next.problem === null &&
            sameMember &&
            row.memberFound === false &&
            skipReasonOf(row.problem) === "memberNotFound"
          ) {
            next.problem = row.problem;
          }
          if (next.problem === null) toIssue++;
          return JSON.stringify([
            row.rowNumber,
            next.identifier,
            next.quantity,
            next.value,
            next.notes,
            next.startDate,
            next.problem,
            sameMember ? row.memberFound : null,
            sameMember ? row.memberId : null,
          ]);
        });
        rows += page.length;
        await tx.$executeRawUnsafe(
          `UPDATE "CampaignRow" SET "identifier" = ${at(1)}, "quantity" = ${at(2)}, "value" = ${at(3)}, "notes" = ${at(4)},
             "startDate" = ${at(5)}, "problem" = ${at(6)}, "memberFound" = ${at(7)}, "memberId" = ${at(8)},
             "state" = CASE WHEN ${at(6)} IS NULL THEN 'PENDING' ELSE 'SKIPPED' END, "updatedAt" = ?
           FROM json_each(?) AS j
           WHERE "CampaignRow"."campaignId" = ? AND "CampaignRow"."rowNumber" = ${at(0)}
             AND "CampaignRow"."state" IN ('PENDING', 'SKIPPED')`,
          sqliteNow(),
          `[${updates.join(",")}]`,
          campaignId,
        );
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
