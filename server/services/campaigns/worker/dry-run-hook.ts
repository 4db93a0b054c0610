import type { PrismaClient } from "@/server/generated/prisma/client";
import type { StampsClient } from "@/server/stamps";

export type RunDryRun = (input: {
  db: PrismaClient;
  stamps: StampsClient;
  campaignId: number;
  throttle: () => Promise<void>;
  signal: AbortSignal;
}) => Promise<unknown>;

// HOOK(dry-run): runDryRun is the intake engineer's (server/services/campaigns/dry-run.ts). It is loaded by name
// so the worker runs before that file exists; once it is in main, replace this with a static import.
const DRY_RUN_MODULE = "../dry-run";

let loaded: Promise<RunDryRun | null> | undefined;

/** The dry run, or null while server/services/campaigns/dry-run.ts does not exist yet. */
export function loadRunDryRun(): Promise<RunDryRun | null> {
  loaded ??= import(/* webpackIgnore: true */ DRY_RUN_MODULE).then(
    (mod: { runDryRun?: RunDryRun }) => mod.runDryRun ?? null,
    () => null,
  );
  return loaded;
}
