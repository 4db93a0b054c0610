import { AppError } from "@/server/errors";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";
import { StampsApiError, type StampsClient } from "@/server/stamps";
import { stampsErrorToAppError } from "@/server/stamps/to-app-error";
import { sqliteNow } from "./campaign-file-rows";
import { memberNotFoundProblem } from "./validate-row";

export type TDryRunInput = {
  db: PrismaClient;
  stamps: Pick<StampsClient, "memberships">;
  campaignId: number;
  /** Resolves when the next call to Stamps may go out (the merchant's rate limit). */
  throttle: () => Promise<void>;
  signal?: AbortSignal;
  /** Calls in flight at once. */
  concurrency?: number;
};

export type TDryRunResult = { members: number; found: number; notFound: number; unchecked: number; stopped: boolean };

const FLUSH_EVERY = 200;
const ATTEMPTS = 3;
const NOT_FOUND_LIKE = "Stamps has no member%";

/**
 * Asks Stamps (memberships/status) about each distinct member of the rows to issue, through `throttle`, and marks
 * their rows: memberFound and memberId when Stamps knows them, SKIPPED with "Stamps has no member …" when it does
 * not (a later run that finds them puts them back). Results are saved every 200 members, so a stopped run keeps what
 * it learned. Members Stamps could not be asked about (errors after 3 tries) stay as they were, counted as unchecked;
 * the dry run is DONE only when every member was checked.
 */
export async function runDryRun({
  db,
  stamps,
  campaignId,
  throttle,
  signal,
  concurrency = 4,
}: TDryRunInput): Promise<TDryRunResult> {
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    include: { merchant: { select: { stampsMerchantId: true } } },
  });
  if (!campaign) throw new AppError("NOT_FOUND", { userMessage: "This campaign does not exist." });
  if (!["DRAFT", "AWAITING_APPROVAL", "READY"].includes(campaign.status)) {
    throw new AppError("CONFLICT", {
      userMessage: "A dry run checks members before a campaign starts; this one has already started.",
    });
  }
  const members = (
    await db.$queryRawUnsafe<{ identifier: string }[]>(
      `SELECT DISTINCT "identifier" FROM "CampaignRow"
       WHERE "campaignId" = ? AND "identifier" IS NOT NULL AND "attempts" = 0
         AND ("state" = 'PENDING' OR ("state" = 'SKIPPED' AND "problem" LIKE ?))`,
      campaignId,
      NOT_FOUND_LIKE,
    )
  ).map((row) => row.identifier);

  const found: [string, number][] = [];
  const notFound: [string, string][] = [];
  const result: TDryRunResult = { members: members.length, found: 0, notFound: 0, unchecked: 0, stopped: false };
  let next = 0;

  const flush = async () => {
    if (found.length === 0 && notFound.length === 0) return;
    const foundJson = JSON.stringify(found.splice(0));
    const notFoundJson = JSON.stringify(notFound.splice(0));
    const now = sqliteNow();
    // IN (…json_each) walks the (campaignId, identifier) index; the correlated lookup runs once per updated row.
    const lookup = `(SELECT json_extract(j.value, '$[1]') FROM json_each(?) AS j WHERE json_extract(j.value, '$[0]') = "CampaignRow"."identifier")`;
    const members = `(SELECT json_extract(j.value, '$[0]') FROM json_each(?) AS j)`;
    await db.$transaction([
      db.$executeRawUnsafe(
        `UPDATE "CampaignRow" SET "memberFound" = 1, "memberId" = ${lookup}, "updatedAt" = ?,
           "state" = CASE WHEN "problem" LIKE ? THEN 'PENDING' ELSE "state" END,
           "problem" = CASE WHEN "problem" LIKE ? THEN NULL ELSE "problem" END
         WHERE "campaignId" = ? AND "identifier" IN ${members} AND "attempts" = 0 AND "state" IN ('PENDING', 'SKIPPED')`,
        foundJson,
        now,
        NOT_FOUND_LIKE,
        NOT_FOUND_LIKE,
        campaignId,
        foundJson,
      ),
      db.$executeRawUnsafe(
        `UPDATE "CampaignRow" SET "memberFound" = 0, "memberId" = NULL, "state" = 'SKIPPED', "problem" = ${lookup}, "updatedAt" = ?
         WHERE "campaignId" = ? AND "identifier" IN ${members} AND "attempts" = 0 AND ("state" = 'PENDING' OR "problem" LIKE ?)`,
        notFoundJson,
        now,
        campaignId,
        notFoundJson,
        NOT_FOUND_LIKE,
      ),
    ]);
  };

  const check = async (identifier: string) => {
    for (let attempt = 1; ; attempt++) {
      await throttle();
      if (signal?.aborted) return "stopped";
      try {
        const member = await stamps.memberships.status({
          user: identifier,
          merchant: campaign.merchant.stampsMerchantId,
        });
        found.push([identifier, member.id]);
        return "found";
      } catch (error) {
        if (error instanceof StampsApiError && error.status === 404) {
          notFound.push([identifier, memberNotFoundProblem(identifier)]);
          return "notFound";
        }
        // A refused token or permission fails every member alike: stop at once instead of asking about all of them.
        if (error instanceof StampsApiError && (error.status === 401 || error.status === 403)) {
          throw stampsErrorToAppError(error);
        }
        if (attempt >= ATTEMPTS || (error instanceof StampsApiError && error.status < 500 && error.status !== 429)) {
          logger.warn("campaigns.dry_run.unchecked", {
            campaignId,
            error: error instanceof Error ? error.message : String(error),
          });
          return "unchecked";
        }
        await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
      }
    }
  };

  const worker = async () => {
    while (next < members.length && !signal?.aborted) {
      const outcome = await check(members[next++]!);
      if (outcome === "stopped") break;
      if (outcome === "found") result.found++;
      else if (outcome === "notFound") result.notFound++;
      else result.unchecked++;
      if (found.length + notFound.length >= FLUSH_EVERY) await flush();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    // What was learned before a stop or a refusal is kept.
    next = members.length;
    await flush();
  }

  result.stopped = signal?.aborted ?? false;
  if (!result.stopped && result.unchecked === 0) {
    await db.campaign.update({
      where: { id: campaignId },
      data: { dryRunStatus: "DONE", dryRunCheckedAt: new Date() },
    });
  }
  return result;
}
