// The campaign worker: issues the vouchers of RUNNING campaigns and runs requested dry runs, in the background,
// apart from the web server. `npm run worker` (any number of them may run against one database; claims with a lease
// keep them from issuing the same row). SIGTERM / SIGINT stop it gracefully; kill -9 is safe too (rows in flight are
// reconciled by the next worker once their lease runs out).
//   CAMPAIGN_WORKER_LEASE_MS  (default 30000)  how long a claimed row is held without renewal
//   CAMPAIGN_WORKER_POLL_MS   (default 1000)   how often to look for work
//   CAMPAIGN_WORKER_ID        (default host-pid-random)
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

console.log(`Campaign worker ${worker.workerId} ready (lease ${leaseMs} ms, polling every ${pollMs} ms).`);
await worker.start();
