import type { TColumnMapping } from "@/lib/schemas/campaigns";
import { ZColumnMapping } from "@/lib/schemas/campaigns";
import type { Prisma, PrismaClient } from "@/server/generated/prisma/client";
import type { TRowRules, TValidatedRow } from "./validate-row";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Campaign.columnMapping as stored: the mapping plus the number of the current file's first row (files appended
 * after a campaign ran are numbered after the rows before them; only the current file's rows follow a new mapping).
 */
export function readStoredMapping(json: string | null): { mapping: TColumnMapping; firstRow: number } | null {
  if (!json) return null;
  const stored = JSON.parse(json) as { firstRow?: number };
  const parsed = ZColumnMapping.safeParse(stored);
  return parsed.success ? { mapping: parsed.data, firstRow: stored.firstRow ?? 1 } : null;
}

export const storeMapping = (mapping: TColumnMapping, firstRow: number) => JSON.stringify({ ...mapping, firstRow });

export function rulesOf(
  campaign: { templateValueType: "FIXED" | "DYNAMIC"; startDate: string; defaultValue: number | null },
  mapping: TColumnMapping,
  headers: string[],
): TRowRules {
  return {
    mapping,
    headers,
    templateValueType: campaign.templateValueType,
    campaignStartDate: campaign.startDate,
    defaultValue: campaign.defaultValue,
  };
}

/** Members of rows before `firstRow` that will not take a new row: issued, or still to be tried. */
export async function earlierMembers(db: Db, campaignId: number, firstRow: number) {
  const earlier = new Map<string, { rowNumber: number; issued: boolean }>();
  const rows = await db.campaignRow.findMany({
    where: { campaignId, rowNumber: { lt: firstRow }, state: { not: "SKIPPED" }, identifier: { not: null } },
    select: { rowNumber: true, identifier: true, state: true },
    orderBy: { rowNumber: "asc" },
  });
  for (const row of rows) {
    const known = earlier.get(row.identifier!);
    // An issued row wins: "already given a voucher" says more than "same member as".
    if (!known || (!known.issued && row.state === "ISSUED")) {
      earlier.set(row.identifier!, { rowNumber: row.rowNumber, issued: row.state === "ISSUED" });
    }
  }
  return earlier;
}

export type TStagedRow = TValidatedRow & { rowNumber: number; line: number; cells: string[] };

/** A row as one JSON array, the form rows are staged in and handed to SQLite in (see insertRows). */
export const stagedRowJson = (row: TStagedRow, member?: { memberFound: boolean | null; memberId: number | null }) =>
  JSON.stringify([
    row.rowNumber,
    row.line,
    row.cells,
    row.identifier,
    row.quantity,
    row.value,
    row.notes,
    row.startDate,
    row.problem,
    member?.memberFound ?? null,
    member?.memberId ?? null,
  ]);

/** DateTime as Prisma stores it in SQLite, for columns written with raw SQL. */
export const sqliteNow = () => new Date().toISOString().replace("Z", "+00:00");

const at = (index: number) => `json_extract(value, '$[${index}]')`;

/**
 * Inserts staged rows (cells as an array: json_extract hands it back as the JSON text the column keeps) (JSON arrays from stagedRowJson, joined by commas) in one statement: one parameter holding
 * the batch as JSON, unpacked by SQLite's json_each, costs a fraction of binding twelve parameters a row.
 */
export async function insertRows(db: Db, campaignId: number, rowsJson: string[]) {
  await db.$executeRawUnsafe(
    `INSERT INTO "CampaignRow" ("campaignId","updatedAt","rowNumber","line","cells","identifier","quantity","value","notes","startDate","problem","memberFound","memberId","state")
     SELECT ?, ?, ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(at).join(", ")},
       CASE WHEN ${at(8)} IS NULL THEN 'PENDING' ELSE 'SKIPPED' END
     FROM json_each(?)`,
    campaignId,
    sqliteNow(),
    `[${rowsJson.join(",")}]`,
  );
}
