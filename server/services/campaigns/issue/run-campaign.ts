import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";
import type { StampsClient } from "@/server/stamps";
import { recordCampaignFinished } from "../campaign-audit";
import type { CallLimiter } from "../rate-limiter";
import { type IssuingCampaign, settleRow, type WorkItem } from "./issue-row";
import { createOutcomeWriter } from "./outcome-writer";
import { claimPendingRows, claimRowsToReconcile, countOpenRows, releaseUnsentRows } from "./row-store";

export type RunCampaignOptions = {
  db: PrismaClient;
  stamps: StampsClient;
  limiter: CallLimiter;
  campaign: IssuingCampaign & { merchantId: string };
  workerId: string;
  leaseMs: number;
  /** Rows settled side by side (the merchant's concurrency; the limiter caps all campaigns together). */
  lanes: number;
  /** Rows claimed at once. */
  batchSize: number;
  /** How often to read the campaign's status (pause, cancel) while issuing. */
  statusCheckMs?: number;
  /** The worker is shutting down: stop taking rows, finish the calls under way. */
  stopRequested: () => boolean;
};

export type RunCampaignResult = {
  settled: number;
  /** COMPLETED by this run. */
  completed: boolean;
};

/**
 * Issues one campaign's rows until none is left that this worker can claim: rows whose outcome is not known are
 * reconciled first, then PENDING rows are claimed in batches and issued under the merchant's limits. Between claims
 * (and every `statusCheckMs`) the campaign's status is read: once it is no longer RUNNING, claimed rows not yet sent
 * go back to PENDING, the calls under way finish, and only reconciling goes on.
 */
export async function runCampaign(options: RunCampaignOptions): Promise<RunCampaignResult> {
  const { db, campaign, workerId, leaseMs, batchSize } = options;
  const statusCheckMs = options.statusCheckMs ?? 1000;
  const writer = createOutcomeWriter({ db, campaignId: campaign.id, workerId });
  const queue: WorkItem[] = [];
  let status = await readStatus();
  let statusReadAt = Date.now();
  let refilling: Promise<number> | null = null;
  let exhausted = false;
  let settled = 0;

  const issuing = () => status === "RUNNING" && !options.stopRequested();

  async function readStatus() {
    const row = await db.campaign.findUnique({ where: { id: campaign.id }, select: { status: true } });
    return row?.status ?? "CANCELLED";
  }

  async function checkStatus(force = false) {
    if (!force && Date.now() - statusReadAt < statusCheckMs) return;
    statusReadAt = Date.now();
    status = await readStatus();
    if (!issuing()) await releaseQueued();
  }

  /** Claimed rows never sent go back to PENDING; rows to reconcile stay in the queue. */
  async function releaseQueued() {
    const unsent = queue.filter((item) => !item.reconcile);
    if (unsent.length === 0) return;
    for (const item of unsent) queue.splice(queue.indexOf(item), 1);
    await releaseUnsentRows(db, {
      campaignId: campaign.id,
      workerId,
      rowNumbers: unsent.map((item) => item.row.rowNumber),
    });
  }

  async function claim(): Promise<number> {
    await checkStatus(true);
    const toReconcile = await claimRowsToReconcile(db, {
      campaignId: campaign.id,
      workerId,
      limit: batchSize,
      leaseMs,
    });
    for (const row of toReconcile) queue.push({ row, reconcile: true });
    let claimed = toReconcile.length;
    if (issuing() && claimed < batchSize) {
      const pending = await claimPendingRows(db, {
        campaignId: campaign.id,
        workerId,
        limit: batchSize - claimed,
        leaseMs,
      });
      for (const row of pending) queue.push({ row, reconcile: false });
      claimed += pending.length;
    }
    if (claimed === 0) exhausted = true;
    return claimed;
  }

  function refill(): Promise<number> {
    refilling ??= claim().finally(() => {
      refilling = null;
    });
    return refilling;
  }

  async function lane() {
    for (;;) {
      await checkStatus();
      if (!issuing()) await releaseQueued();
      // Claim the next batch while this one is being issued, so lanes never wait for the database.
      if (!exhausted && issuing() && queue.length < batchSize / 2 && !refilling) void refill();
      const item = queue.shift();
      if (!item) {
        if (exhausted && !refilling) return;
        if ((await refill()) === 0 && queue.length === 0) return;
        continue;
      }
      const result = await settleRow(
        { db, stamps: options.stamps, limiter: options.limiter, campaign, workerId, leaseMs, issuing },
        item,
      );
      if ("outcome" in result) {
        writer.push(result.outcome);
        settled += 1;
      } else if ("requeue" in result) {
        if (issuing() || result.requeue.reconcile) queue.push(result.requeue);
        else
          await releaseUnsentRows(db, {
            campaignId: campaign.id,
            workerId,
            rowNumbers: [result.requeue.row.rowNumber],
          });
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.max(1, options.lanes) }, () => lane()));
  } finally {
    await releaseQueued().catch(() => undefined);
    await writer.flush();
  }

  let completed = false;
  if (!options.stopRequested() && (await readStatus()) === "RUNNING" && (await countOpenRows(db, campaign.id)) === 0) {
    const finishedAt = new Date();
    const changed = await db.campaign.updateMany({
      where: { id: campaign.id, status: "RUNNING" },
      data: { status: "COMPLETED", finishedAt },
    });
    if (changed.count === 1) {
      completed = true;
      await recordCampaignFinished(db, { campaignId: campaign.id, merchantId: campaign.merchantId });
    }
  }
  if (settled > 0 || completed) {
    logger.info("campaigns.run_ended", { campaignId: campaign.id, workerId, settled, completed });
  }
  return { settled, completed };
}
