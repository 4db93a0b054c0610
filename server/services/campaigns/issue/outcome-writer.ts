import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger } from "@/server/logger";
import { type RowOutcome, writeOutcomes } from "./row-store";

/**
 * Collects row outcomes and writes them in batches (one statement per batch), at most `flushMs` after the first
 * one arrived. Until written, a row stays IN_FLIGHT in the database: a crash before the write means reconciling.
 */
export function createOutcomeWriter({
  db,
  campaignId,
  workerId,
  maxBatch = 500,
  flushMs = 200,
}: {
  db: PrismaClient;
  campaignId: number;
  workerId: string;
  maxBatch?: number;
  flushMs?: number;
}) {
  let buffer: RowOutcome[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let written = 0;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (buffer.length === 0) return writing;
    const batch = buffer;
    buffer = [];
    writing = writing.then(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          written += await writeOutcomes(db, { campaignId, workerId, outcomes: batch });
          return;
        } catch (error) {
          // The database is busy or gone for a moment: keep the outcomes and try again; they are the only record.
          logger.warn("campaigns.write_outcomes_failed", {
            campaignId,
            rows: batch.length,
            attempt,
            error: error instanceof Error ? error.message : String(error),
          });
          await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 100 * 2 ** attempt)));
        }
      }
    });
    return writing;
  };

  return {
    push(outcome: RowOutcome) {
      buffer.push(outcome);
      if (buffer.length >= maxBatch) void flush();
      else timer ??= setTimeout(() => void flush(), flushMs);
    },
    /** Writes what is buffered and waits for every write so far. */
    flush,
    pending: () => buffer.length,
    written: () => written,
  };
}
