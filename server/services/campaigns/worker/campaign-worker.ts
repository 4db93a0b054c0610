import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";
import { getStampsClient } from "@/server/services/merchants/get-stamps-client";
import type { StampsClient } from "@/server/stamps";
import { runCampaign } from "../issue/run-campaign";
import { campaignsToReconcile, renewLeases } from "../issue/row-store";
import { DEFAULT_CAMPAIGN_SETTINGS } from "../campaign-summary";
import { merchantLimiter } from "../rate-limiter";
import { runDryRun } from "../dry-run";
import { keepAliveFetch } from "./keep-alive-fetch";
import { createStampsCallStats } from "./stamps-call-stats";

export type CampaignWorkerOptions = {
  db: PrismaClient;
  /** Unique per process; leases name it. */
  workerId?: string;
  /** How long a claim holds a row without renewal; renewed every third of it. */
  leaseMs?: number;
  /** How often to look for RUNNING campaigns and requested dry runs. */
  pollMs?: number;
  /** The Stamps client of a merchant (tests may point it elsewhere). */
  stampsFor?: (merchant: MerchantForStamps) => StampsClient;
  /** See runCampaign's reconcileWindowMs. */
  reconcileWindowMs?: number;
};

type MerchantForStamps = Parameters<typeof getStampsClient>[0];

const CAMPAIGN_SELECT = {
  id: true,
  status: true,
  merchantId: true,
  stampsTemplateId: true,
  startDate: true,
  defaultQuantity: true,
  defaultValue: true,
  defaultNotes: true,
  merchant: {
    select: {
      id: true,
      stampsMerchantId: true,
      apiBaseUrl: true,
      tokenType: true,
      tokenCiphertext: true,
      tokenKeyVersion: true,
      campaignSettings: { select: { concurrency: true, ratePerSecond: true } },
    },
  },
} as const;

/** This worker's share of a merchant's limits when `live` workers issue side by side. */
export function shareOf(settings: { concurrency: number; ratePerSecond: number }, live: number) {
  return {
    concurrency: Math.max(1, Math.floor(settings.concurrency / live)),
    ratePerSecond: settings.ratePerSecond / live,
  };
}

export function newWorkerId() {
  return `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
}

/**
 * The issuing process: polls for RUNNING campaigns (and campaigns with rows to reconcile) and runs each in the
 * background under its merchant's limits, runs requested dry runs, and keeps its row leases alive. Several workers
 * may run at once (on one machine or many sharing the database): claims in the database keep them apart.
 */
export function createCampaignWorker(options: CampaignWorkerOptions) {
  const db = options.db;
  const workerId = options.workerId ?? newWorkerId();
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 1000;
  const callStats = createStampsCallStats({ workerId });
  const stampsFor =
    options.stampsFor ??
    ((merchant) => getStampsClient(merchant, { onCall: (call) => callStats.record(call), fetch: keepAliveFetch }));
  const runners = new Map<number, Promise<void>>();
  const dryRuns = new Map<number, Promise<void>>();
  const dryRunAbort = new AbortController();
  const complained = new Set<string>();
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  const renewTimer = setInterval(
    () => {
      renewLeases(db, { workerId, leaseMs }).catch((error: unknown) =>
        logger.warn("campaigns.renew_leases_failed", {
          workerId,
          error: error instanceof Error ? error.message : error,
        }),
      );
    },
    Math.max(100, Math.floor(leaseMs / 3)),
  );
  renewTimer.unref();

  // The merchant's limits hold across every live worker: each takes its share (workers keep a heartbeat row;
  // a worker not seen for `liveWindowMs` no longer counts). A new worker counts itself and the others before it
  // issues anything; the others see it at their next poll.
  const liveWindowMs = Math.max(5000, 5 * pollMs);
  let liveWorkers = 1;
  const merchantSettings = new Map<string, { concurrency: number; ratePerSecond: number }>();
  const limitsOf = (merchant: {
    id: string;
    campaignSettings: { concurrency: number; ratePerSecond: number } | null;
  }) => {
    const settings = merchant.campaignSettings ?? DEFAULT_CAMPAIGN_SETTINGS;
    merchantSettings.set(merchant.id, settings);
    return merchantLimiter(merchant.id, shareOf(settings, liveWorkers));
  };

  async function heartbeat() {
    const now = new Date();
    await db.campaignWorker.upsert({
      where: { id: workerId },
      create: { id: workerId, seenAt: now },
      update: { seenAt: now },
    });
    const live = Math.max(
      1,
      await db.campaignWorker.count({ where: { seenAt: { gt: new Date(now.getTime() - liveWindowMs) } } }),
    );
    if (live !== liveWorkers) {
      logger.info("campaigns.live_workers", { workerId, live });
      liveWorkers = live;
    }
    for (const [merchantId, settings] of merchantSettings) merchantLimiter(merchantId, shareOf(settings, live));
  }

  function complainOnce(key: string, message: string, fields: Record<string, unknown>) {
    if (complained.has(key)) return;
    complained.add(key);
    logger.error(message, fields);
  }

  function stampsOf(merchant: MerchantForStamps): StampsClient | null {
    try {
      return stampsFor(merchant);
    } catch (error) {
      complainOnce(`stamps:${merchant.id}`, "campaigns.no_stamps_client", {
        merchantId: merchant.id,
        error: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  }

  async function poll() {
    await heartbeat();
    const running = await db.campaign.findMany({ where: { status: "RUNNING" }, select: CAMPAIGN_SELECT });
    const runningIds = new Set(running.map((campaign) => campaign.id));
    const toReconcile = (await campaignsToReconcile(db)).filter((id) => !runningIds.has(id) && !runners.has(id));
    const others = toReconcile.length
      ? await db.campaign.findMany({
          where: { id: { in: toReconcile }, pausedReason: null },
          select: CAMPAIGN_SELECT,
        })
      : [];

    for (const campaign of [...running, ...others]) {
      if (stopping || runners.has(campaign.id)) continue;
      const stamps = stampsOf(campaign.merchant);
      if (!stamps) continue;
      const settings = campaign.merchant.campaignSettings ?? DEFAULT_CAMPAIGN_SETTINGS;
      const limiter = limitsOf(campaign.merchant);
      // A claim is three statements (status, rows to reconcile, rows to issue): big batches keep the database out
      // of the way at a thousand vouchers a second, yet no more than two seconds' worth at the merchant's rate.
      const batchSize = Math.max(1, Math.min(512, settings.concurrency * 32, Math.ceil(settings.ratePerSecond * 2)));
      const run = runCampaign({
        db,
        stamps,
        stampsFor: stampsOf,
        reconcileWindowMs: options.reconcileWindowMs,
        limiter,
        campaign: { ...campaign, stampsMerchantId: campaign.merchant.stampsMerchantId },
        workerId,
        leaseMs,
        lanes: settings.concurrency,
        batchSize,
        stopRequested: () => stopping,
      })
        .then(() => undefined)
        .catch((error: unknown) => {
          logger.error("campaigns.run_failed", {
            campaignId: campaign.id,
            workerId,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
        })
        .finally(() => runners.delete(campaign.id));
      runners.set(campaign.id, run);
    }

    await startDryRuns();
  }

  async function startDryRuns() {
    const requested = await db.campaign.findMany({
      where: { dryRunStatus: "REQUESTED" },
      select: { id: true, merchant: CAMPAIGN_SELECT.merchant },
    });
    if (requested.length === 0) return;
    for (const campaign of requested) {
      if (stopping || dryRuns.has(campaign.id)) continue;
      const stamps = stampsOf(campaign.merchant);
      if (!stamps) continue;
      const claimed = await db.campaign.updateMany({
        where: { id: campaign.id, dryRunStatus: "REQUESTED" },
        data: { dryRunStatus: "RUNNING" },
      });
      if (claimed.count === 0) continue;
      const limiter = limitsOf(campaign.merchant);
      const throttle = async () => {
        await limiter.acquire(dryRunAbort.signal);
        limiter.release();
      };
      const settings = campaign.merchant.campaignSettings ?? DEFAULT_CAMPAIGN_SETTINGS;
      const run = runDryRun({
        db,
        stamps,
        campaignId: campaign.id,
        throttle,
        signal: dryRunAbort.signal,
        concurrency: settings.concurrency,
      })
        .then(async (result) => {
          // runDryRun marks DONE itself when every member was checked. Stopped by shutdown: ask again, so the next
          // worker runs it. Members Stamps could not be asked about: FAILED, so staff can run it again.
          if (result.stopped || result.unchecked > 0) {
            await db.campaign.updateMany({
              where: { id: campaign.id, dryRunStatus: "RUNNING" },
              data: { dryRunStatus: result.stopped ? "REQUESTED" : "FAILED" },
            });
          }
        })
        .catch(async (error: unknown) => {
          const next = stopping ? "REQUESTED" : "FAILED";
          if (!stopping) {
            logger.error("campaigns.dry_run_failed", {
              campaignId: campaign.id,
              error: error instanceof Error ? (error.stack ?? error.message) : String(error),
            });
          }
          await db.campaign
            .updateMany({ where: { id: campaign.id, dryRunStatus: "RUNNING" }, data: { dryRunStatus: next } })
            .catch(() => undefined);
        })
        .then(() => undefined)
        .finally(() => dryRuns.delete(campaign.id));
      dryRuns.set(campaign.id, run);
    }
  }

  return {
    workerId,

    /** Starts polling; resolves once stop() has finished. */
    start(): Promise<void> {
      loop ??= (async () => {
        while (!stopping) {
          try {
            await poll();
          } catch (error) {
            logger.error("campaigns.poll_failed", {
              workerId,
              error: error instanceof Error ? error.message : String(error),
            });
          }
          if (stopping) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        }
      })();
      return loop;
    },

    /** Graceful stop: no new rows are claimed, claimed rows not yet sent go back, the calls under way finish. */
    async stop(): Promise<void> {
      stopping = true;
      wake?.();
      dryRunAbort.abort(new Error("The campaign worker is stopping"));
      await loop;
      await Promise.all([...runners.values(), ...dryRuns.values()]);
      clearInterval(renewTimer);
      callStats.stop();
      // Gone: the others take its share of the merchants' limits at their next poll.
      await db.campaignWorker.deleteMany({ where: { id: workerId } }).catch(() => undefined);
    },

    /** Campaigns being issued by this worker right now. */
    activeCampaigns: () => [...runners.keys()],
  };
}
