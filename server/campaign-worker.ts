// The campaign worker: issues the vouchers of RUNNING campaigns and runs requested dry runs, in the background,
// apart from the web server. `npm run worker` (any number of them may run against one database; claims with a lease
// keep them from issuing the same row). SIGTERM / SIGINT stop it gracefully; kill -9 is safe too (rows in flight are
// reconciled by the next worker once their lease runs out).
//   CAMPAIGN_WORKER_LEASE_MS  (default 30000)  how long a claimed row is held without renewal
//   CAMPAIGN_WORKER_POLL_MS   (default 1000)   how often to look for work
//   CAMPAIGN_WORKER_ID        (default host-pid-random)
import { z } from "zod";
import { env } from "@/env";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { createCampaignWorker, newWorkerId } from "@/server/services/campaigns/worker/campaign-worker";

const config = z
  .object({
    CAMPAIGN_WORKER_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
    CAMPAIGN_WORKER_POLL_MS: z.coerce.number().int().min(50).default(1000),
    CAMPAIGN_WORKER_ID: z.string().trim().min(1).optional(),
  })
  .safeParse(process.env);
if (!config.success) {
  for (const issue of config.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
const { CAMPAIGN_WORKER_LEASE_MS: leaseMs, CAMPAIGN_WORKER_POLL_MS: pollMs } = config.data;
if (leaseMs < 2 * env.STAMPS_TIMEOUT_MS) {
  logger.warn("campaigns.short_lease", {
    message: `CAMPAIGN_WORKER_LEASE_MS (${leaseMs}) should be at least twice STAMPS_TIMEOUT_MS (${env.STAMPS_TIMEOUT_MS})`,
  });
}

const worker = createCampaignWorker({ db, workerId: config.data.CAMPAIGN_WORKER_ID ?? newWorkerId(), leaseMs, pollMs });
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
