// The campaign worker: issues the vouchers of RUNNING campaigns and runs requested dry runs, in the background,
// apart from the web server. `npm run worker` (any number of them may run against one database; claims with a lease
// keep them from issuing the same row). SIGTERM / SIGINT stop it gracefully; kill -9 is safe too (rows in flight are
// reconciled by the next worker once their lease runs out).
//   CAMPAIGN_WORKER_LEASE_MS  (default 30000)  how long a claimed row is held without renewal
//   CAMPAIGN_WORKER_POLL_MS   (default 1000)   how often to look for work
//   CAMPAIGN_WORKER_ID        (default host-pid-random)
//   CAMPAIGN_WORKER_MEMORY_LOG_MS (default 60000; 0 never)  how often to log RSS and the V8 heap
import { env } from "@/env";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { createCampaignWorker, newWorkerId } from "@/server/services/campaigns/worker/campaign-worker";

const { CAMPAIGN_WORKER_LEASE_MS: leaseMs, CAMPAIGN_WORKER_POLL_MS: pollMs } = env;
if (leaseMs < 2 * env.STAMPS_TIMEOUT_MS) {
  logger.warn("campaigns.short_lease", {
    message: `CAMPAIGN_WORKER_LEASE_MS (${leaseMs}) should be at least twice STAMPS_TIMEOUT_MS (${env.STAMPS_TIMEOUT_MS})`,
  });
}

const worker = createCampaignWorker({ db, workerId: env.CAMPAIGN_WORKER_ID ?? newWorkerId(), leaseMs, pollMs });
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) {
      console.log("Campaign worker: stopping now (second signal).");
      process.exit(1);
    }
    stopping = true;
    console.log(`Campaign worker ${worker.workerId}: ${signal}, finishing the calls under way.`);
    void worker
      .stop()
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
}

if (env.CAMPAIGN_WORKER_MEMORY_LOG_MS > 0) {
  const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;
  setInterval(() => {
    const memory = process.memoryUsage();
    logger.info("campaigns.worker_memory", {
      workerId: worker.workerId,
      rssMb: mb(memory.rss),
      heapUsedMb: mb(memory.heapUsed),
      heapTotalMb: mb(memory.heapTotal),
      externalMb: mb(memory.external),
      arrayBuffersMb: mb(memory.arrayBuffers),
      campaigns: worker.activeCampaigns().length,
    });
  }, env.CAMPAIGN_WORKER_MEMORY_LOG_MS).unref();
}

console.log(`Campaign worker ${worker.workerId} ready (lease ${leaseMs} ms, polling every ${pollMs} ms).`);
await worker.start();
