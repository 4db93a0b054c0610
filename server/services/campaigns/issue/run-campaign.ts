import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";
import type { StampsClient } from "@/server/stamps";
import { recordCampaignFinished, recordCampaignPausedByWorker } from "../campaign-audit";
import type { CallLimiter } from "../rate-limiter";
import { type IssuingCampaign, settleRow, TOKEN_REFUSED_REASON, type WorkItem } from "./issue-row";
import { createOutcomeWriter } from "./outcome-writer";
import { claimPendingRows, claimRowsToReconcile, countOpenRows, releaseUnsentRows } from "./row-store";

/** The merchant fields a Stamps client is made from. */
export type MerchantForStamps = {
  id: string;
  apiBaseUrl: string;
  tokenType: "Token" | "Bearer";
  tokenCiphertext: string;
  tokenKeyVersion: number;
};

export type RunCampaignOptions = {
  db: PrismaClient;
  stamps: StampsClient;
  /**
   * A new client when the merchant's token or address changes during the run (an admin replaced it in Settings):
   * read with the campaign's status; null keeps the client in use.
   */
  stampsFor?: (merchant: MerchantForStamps) => StampsClient | null;
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
  /** See IssueContext.reconcileWindowMs (default 5 minutes). */
  reconcileWindowMs?: number;
};

/** By default a row not found among the member's vouchers is issued again only within 5 minutes of its call. */
export const DEFAULT_RECONCILE_WINDOW_MS = 5 * 60_000;

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
  let stamps = options.stamps;
  /** The merchant's address and token as last read, to notice when an admin replaces them. */
  let credentials: string | null = null;
  let status = await readStatus();
  let statusReadAt = Date.now();
  let refilling: Promise<number> | null = null;
  let exhausted = false;
  let settled = 0;
  /** Stamps refused the token: nothing more is sent; rows to reconcile wait until staff resume. */
  let refused = false;

  const issuing = () => status === "RUNNING" && !refused && !options.stopRequested();
  async function readStatus() {
    const row = await db.campaign.findUnique({
      where: { id: campaign.id },
      select: {
        status: true,
        merchant: {
          select: { id: true, apiBaseUrl: true, tokenType: true, tokenCiphertext: true, tokenKeyVersion: true },
        },
      },
    });
    if (row && options.stampsFor) {
      const { merchant } = row;
      const now = `${merchant.apiBaseUrl} ${merchant.tokenType} ${merchant.tokenKeyVersion} ${merchant.tokenCiphertext}`;
      if (credentials !== null && credentials !== now) {
        const next = options.stampsFor(merchant);
        if (next) {
          stamps = next;
          logger.info("campaigns.stamps_client_renewed", { campaignId: campaign.id, workerId });
        }
      }
      credentials = now;
    }
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
      if (refused) {
        // Every call would be refused as well: what is left waits for the new token (rows in flight are checked
        // after the resume).
        await setAsideAfterRefusal();
        return;
      }
      const item = queue.shift();
      if (!item) {
        if (exhausted && !refilling) return;
        if ((await refill()) === 0 && queue.length === 0) return;
        continue;
      }
      const result = await settleRow(
        {
          db,
          stamps,
          limiter: options.limiter,
          campaign,
          workerId,
          leaseMs,
          issuing,
          reconcileWindowMs: options.reconcileWindowMs ?? DEFAULT_RECONCILE_WINDOW_MS,
        },
        item,
      );
      if ("refused" in result) {
        queue.unshift(result.refused);
        await pauseForRefusedToken(result.error.status);
        continue;
      }
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

  /** Stamps refused the merchant's token: pause the campaign with the reason in plain words (once). */
  async function pauseForRefusedToken(httpStatus: number) {
    if (refused) return;
    refused = true;
    exhausted = true;
    const paused = await db.campaign.updateMany({
      where: { id: campaign.id, status: "RUNNING" },
      data: { status: "PAUSED", pausedReason: TOKEN_REFUSED_REASON },
    });
    // Not RUNNING (paused, cancelled, completed while reconciling): it still must not call Stamps in a loop.
    if (paused.count === 0) {
      await db.campaign.update({ where: { id: campaign.id }, data: { pausedReason: TOKEN_REFUSED_REASON } });
    }
    status = paused.count === 1 ? "PAUSED" : status;
    logger.warn("campaigns.token_refused", { campaignId: campaign.id, workerId, httpStatus });
    if (paused.count === 1) {
      await recordCampaignPausedByWorker(db, {
        campaignId: campaign.id,
        merchantId: campaign.merchantId,
        reason: TOKEN_REFUSED_REASON,
        httpStatus,
      });
    }
  }

  /** After a refusal: rows never sent go back to PENDING, rows to reconcile stay UNKNOWN for after the resume. */
  async function setAsideAfterRefusal() {
    const items = queue.splice(0, queue.length);
    const unsent = items.filter((item) => !item.reconcile).map((item) => item.row.rowNumber);
    await releaseUnsentRows(db, { campaignId: campaign.id, workerId, rowNumbers: unsent });
    for (const item of items) {
      if (!item.reconcile) continue;
      writer.push({
        rowNumber: item.row.rowNumber,
        state: "UNKNOWN",
        error: "Stamps refused the merchant's API token before this voucher could be checked.",
        errorCode: "token_refused",
        notBefore: new Date(),
        memberId: item.row.memberId,
      });
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
