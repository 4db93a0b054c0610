import { Prisma, type PrismaClient } from "@/server/generated/prisma/client";

/** What issuing needs of a claimed row. */
export type ClaimedRow = {
  rowNumber: number;
  identifier: string | null;
  memberId: number | null;
  quantity: number | null;
  value: number | null;
  notes: string | null;
  startDate: string | null;
  attempts: number;
  /** When the last vouchers/issue call for the row was about to be sent (null: never sent). */
  sentAt: Date | null;
};

/** The outcome of one row, written after the call (in batches). */
export type RowOutcome =
  | { rowNumber: number; state: "ISSUED"; voucherId: number; memberId?: number | null }
  | {
      rowNumber: number;
      state: "FAILED";
      error: string;
      errorCode: string;
      retryable: boolean;
      memberId?: number | null;
    }
  /** Outcome not known: reconcile first, not before `notBefore`. */
  | { rowNumber: number; state: "UNKNOWN"; error: string; errorCode: string; notBefore: Date; memberId?: number | null }
  /** Reconciled, not issued, and the campaign no longer issues: back to PENDING. */
  | { rowNumber: number; state: "PENDING"; memberId?: number | null };

/** Dates as the Prisma SQLite adapter stores them, so raw comparisons agree with what Prisma wrote. */
export const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

const ROW_COLUMNS = Prisma.sql`"rowNumber", "identifier", "memberId", "quantity", "value", "notes", "startDate", "attempts", "sentAt"`;

function toRows(rows: ClaimedRow[]): ClaimedRow[] {
  return rows
    .map((row) => ({
      ...row,
      rowNumber: Number(row.rowNumber),
      memberId: row.memberId === null ? null : Number(row.memberId),
      quantity: row.quantity === null ? null : Number(row.quantity),
      value: row.value === null ? null : Number(row.value),
      attempts: Number(row.attempts),
      sentAt: row.sentAt === null ? null : new Date(row.sentAt as unknown as string),
    }))
    .sort((a, b) => a.rowNumber - b.rowNumber);
}

/**
 * Claims up to `limit` PENDING rows for this worker and marks them IN_FLIGHT, in one statement: two workers can
 * never get the same row. This is the "before" write of every row it returns: a row is only ever sent after it.
 */
export async function claimPendingRows(
  db: PrismaClient,
  { campaignId, workerId, limit, leaseMs }: { campaignId: number; workerId: string; limit: number; leaseMs: number },
): Promise<ClaimedRow[]> {
  const now = new Date();
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "CampaignRow"
    SET "state" = 'IN_FLIGHT', "leaseOwner" = ${workerId}, "leaseUntil" = ${sqliteDate(new Date(now.getTime() + leaseMs))},
        "attempts" = "attempts" + 1, "sentAt" = ${sqliteDate(now)}, "updatedAt" = ${sqliteDate(now)}
    WHERE "campaignId" = ${campaignId} AND "state" = 'PENDING' AND "rowNumber" IN (
      SELECT "rowNumber" FROM "CampaignRow" WHERE "campaignId" = ${campaignId} AND "state" = 'PENDING' LIMIT ${limit}
    )
    RETURNING ${ROW_COLUMNS}`;
  return toRows(rows);
}

/**
 * Claims rows whose outcome is not known: UNKNOWN ones whose wait is over, and IN_FLIGHT ones whose worker's
 * lease ran out (it died or hung mid-call). They become UNKNOWN under this worker's lease and must be reconciled.
 */
export async function claimRowsToReconcile(
  db: PrismaClient,
  { campaignId, workerId, limit, leaseMs }: { campaignId: number; workerId: string; limit: number; leaseMs: number },
): Promise<ClaimedRow[]> {
  const now = sqliteDate(new Date());
  const until = sqliteDate(new Date(Date.now() + leaseMs));
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "CampaignRow"
    SET "state" = 'UNKNOWN', "leaseOwner" = ${workerId}, "leaseUntil" = ${until}, "updatedAt" = ${now}
    WHERE "campaignId" = ${campaignId} AND "state" IN ('UNKNOWN', 'IN_FLIGHT')
      AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      AND "rowNumber" IN (
        SELECT "rowNumber" FROM "CampaignRow"
        WHERE "campaignId" = ${campaignId} AND "state" IN ('UNKNOWN', 'IN_FLIGHT')
          AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
        LIMIT ${limit}
      )
    RETURNING ${ROW_COLUMNS}`;
  return toRows(rows);
}

/**
 * Campaigns with rows whose outcome is not known and that nobody holds: they need reconciling, whatever their
 * status, except campaigns paused because Stamps refused the token (every call would be refused too).
 */
export async function campaignsToReconcile(db: PrismaClient): Promise<number[]> {
  const now = sqliteDate(new Date());
  const rows = await db.$queryRaw<{ campaignId: number }[]>`
    SELECT DISTINCT "campaignId" FROM "CampaignRow"
    WHERE "state" IN ('UNKNOWN', 'IN_FLIGHT') AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      AND "campaignId" NOT IN (SELECT "id" FROM "Campaign" WHERE "pausedReason" IS NOT NULL)`;
  return rows.map((row) => Number(row.campaignId));
}

/** A reconciled row that was not issued goes IN_FLIGHT again before it is sent (false: the lease was lost). */
export async function markInFlight(
  db: PrismaClient,
  {
    campaignId,
    rowNumber,
    workerId,
    leaseMs,
  }: { campaignId: number; rowNumber: number; workerId: string; leaseMs: number },
): Promise<boolean> {
  const now = new Date();
  const changed = await db.$executeRaw`
    UPDATE "CampaignRow"
    SET "state" = 'IN_FLIGHT', "attempts" = "attempts" + 1, "leaseUntil" = ${sqliteDate(new Date(now.getTime() + leaseMs))},
        "error" = NULL, "errorCode" = NULL, "sentAt" = ${sqliteDate(now)}, "updatedAt" = ${sqliteDate(now)}
    WHERE "campaignId" = ${campaignId} AND "rowNumber" = ${rowNumber} AND "leaseOwner" = ${workerId}
      AND "state" = 'UNKNOWN'`;
  return changed === 1;
}

/** Rows this worker claimed but never sent go back to PENDING (pause, cancel, shutdown). */
export async function releaseUnsentRows(
  db: PrismaClient,
  { campaignId, workerId, rowNumbers }: { campaignId: number; workerId: string; rowNumbers: number[] },
): Promise<number> {
  if (rowNumbers.length === 0) return 0;
  let released = 0;
  for (let i = 0; i < rowNumbers.length; i += 500) {
    const chunk = rowNumbers.slice(i, i + 500);
    released += await db.$executeRaw`
      UPDATE "CampaignRow"
      SET "state" = 'PENDING', "leaseOwner" = NULL, "leaseUntil" = NULL, "attempts" = max(0, "attempts" - 1),
          "sentAt" = NULL,
          "updatedAt" = ${sqliteDate(new Date())}
      WHERE "campaignId" = ${campaignId} AND "leaseOwner" = ${workerId} AND "state" = 'IN_FLIGHT'
        AND "rowNumber" IN (${Prisma.join(chunk)})`;
  }
  return released;
}

/** Pushes out the lease of every row this worker holds. */
export async function renewLeases(db: PrismaClient, { workerId, leaseMs }: { workerId: string; leaseMs: number }) {
  return db.$executeRaw`
    UPDATE "CampaignRow" SET "leaseUntil" = ${sqliteDate(new Date(Date.now() + leaseMs))}
    WHERE "state" IN ('IN_FLIGHT', 'UNKNOWN') AND "leaseOwner" = ${workerId}`;
}

/**
 * Writes a batch of outcomes in one statement, only for rows this worker still holds (a row whose lease was taken
 * over belongs to the worker that reconciles it). Returns how many rows were written.
 */
export async function writeOutcomes(
  db: PrismaClient,
  { campaignId, workerId, outcomes }: { campaignId: number; workerId: string; outcomes: RowOutcome[] },
): Promise<number> {
  if (outcomes.length === 0) return 0;
  const now = sqliteDate(new Date());
  const items = outcomes.map((outcome) => ({
    r: outcome.rowNumber,
    s: outcome.state,
    v: outcome.state === "ISSUED" ? outcome.voucherId : null,
    e: outcome.state === "FAILED" || outcome.state === "UNKNOWN" ? outcome.error : null,
    c: outcome.state === "FAILED" || outcome.state === "UNKNOWN" ? outcome.errorCode : null,
    t: outcome.state === "FAILED" ? (outcome.retryable ? 1 : 0) : null,
    m: outcome.memberId ?? null,
    i: outcome.state === "ISSUED" ? now : null,
    l: outcome.state === "UNKNOWN" ? sqliteDate(outcome.notBefore) : null,
  }));
  // The outcomes are materialized first, so each one finds its row by the primary key. Left to itself, SQLite walks
  // every row of the campaign and looks each up among the outcomes: a 100,000-row campaign paid 100,000 row reads
  // for every batch written.
  return db.$executeRaw`
    WITH j AS MATERIALIZED (
      SELECT value ->> 'r' AS r, value ->> 's' AS s, value ->> 'v' AS v, value ->> 'e' AS e, value ->> 'c' AS c,
             value ->> 't' AS t, value ->> 'm' AS m, value ->> 'i' AS i, value ->> 'l' AS l
      FROM json_each(${JSON.stringify(items)})
    )
    UPDATE "CampaignRow"
    SET "state" = j.s, "voucherId" = j.v, "error" = j.e, "errorCode" = j.c, "retryable" = j.t,
        "memberId" = coalesce(j.m, "CampaignRow"."memberId"), "issuedAt" = j.i,
        "leaseOwner" = NULL, "leaseUntil" = j.l, "updatedAt" = ${now}
    FROM j
    WHERE "CampaignRow"."campaignId" = ${campaignId} AND "CampaignRow"."rowNumber" = j.r
      AND "CampaignRow"."leaseOwner" = ${workerId}`;
}

/** Rows not yet settled: to issue, in flight, or not known. */
export async function countOpenRows(db: PrismaClient, campaignId: number): Promise<number> {
  return db.campaignRow.count({ where: { campaignId, state: { in: ["PENDING", "IN_FLIGHT", "UNKNOWN"] } } });
}
