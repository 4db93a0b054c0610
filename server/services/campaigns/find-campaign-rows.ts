import type { TRowOutcome } from "@/lib/schemas/campaign-views";
import type { Prisma, PrismaClient } from "@/server/generated/prisma/client";

const OUTCOME_WHERE: Record<TRowOutcome, Prisma.CampaignRowWhereInput> = {
  all: {},
  problems: { state: "SKIPPED" },
  toIssue: { state: { in: ["PENDING", "IN_FLIGHT"] } },
  issued: { state: "ISSUED" },
  failed: { state: "FAILED" },
  unknown: { state: "UNKNOWN" },
  notIssued: { state: { not: "ISSUED" } },
};

function cellsOf(text: string) {
  try {
    const cells = JSON.parse(text) as unknown;
    return Array.isArray(cells) ? cells.map((cell) => String(cell ?? "")) : [];
  } catch {
    return [];
  }
}

/** A page of a campaign's rows in file order, filtered by outcome and by the member's identifier. */
export async function findCampaignRows(
  db: PrismaClient,
  input: { campaignId: number; outcome: TRowOutcome; search?: string; page: number; pageSize: number },
) {
  const where: Prisma.CampaignRowWhereInput = {
    campaignId: input.campaignId,
    ...OUTCOME_WHERE[input.outcome],
    ...(input.search
      ? { OR: [{ identifier: { contains: input.search.toLowerCase() } }, { cells: { contains: input.search } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.campaignRow.count({ where }),
    db.campaignRow.findMany({
      where,
      orderBy: { rowNumber: "asc" },
      skip: input.page * input.pageSize,
      take: input.pageSize,
      omit: { leaseOwner: true, leaseUntil: true },
    }),
  ]);
  return { total, rows: rows.map((row) => ({ ...row, cells: cellsOf(row.cells) })) };
}
