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

export type TStagedRow = TValidatedRow & { rowNumber: number; line: number; cells: string };

const INSERT_BATCH = 400;
const COLUMNS = `"campaignId","rowNumber","line","cells","identifier","quantity","value","notes","startDate","problem","state","updatedAt"`;

/** Inserts rows with multi-row INSERTs (12 parameters a row, well under SQLite's limit per statement). */
export async function insertRows(db: Db, campaignId: number, rows: TStagedRow[]) {
  const now = new Date();
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const batch = rows.slice(start, start + INSERT_BATCH);
    const params: unknown[] = [];
    for (const row of batch) {
      params.push(
        campaignId,
        row.rowNumber,
        row.line,
        row.cells,
        row.identifier,
        row.quantity,
        row.value,
        row.notes,
        row.startDate,
        row.problem,
        row.problem === null ? "PENDING" : "SKIPPED",
        now,
      );
    }
    const values = batch.map(() => "(?,?,?,?,?,?,?,?,?,?,?,?)").join(",");
    await db.$executeRawUnsafe(`INSERT INTO "CampaignRow" (${COLUMNS}) VALUES ${values}`, ...params);
  }
}
