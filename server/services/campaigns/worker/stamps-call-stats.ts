import { logger } from "@/server/logger";
import type { StampsCallRecord } from "@/server/stamps";

/**
 * The campaign worker's Stamps calls, counted instead of logged one line each (a line per call cost the worker a
 * tenth of its CPU at a thousand vouchers a second): every `intervalMs` one `campaigns.stamps_calls` line with the
 * calls per endpoint and status and their average and longest time. Timeouts and network errors are still logged
 * by the client as they happen.
 */
export function createStampsCallStats({ workerId, intervalMs = 10_000 }: { workerId: string; intervalMs?: number }) {
  let counts = new Map<string, number>();
  let calls = 0;
  let totalMs = 0;
  let maxMs = 0;
  let since = Date.now();

  const flush = () => {
    if (calls > 0) {
      logger.info("campaigns.stamps_calls", {
        workerId,
        seconds: Math.round((Date.now() - since) / 100) / 10,
        calls: Object.fromEntries(counts),
        msAverage: Math.round((10 * totalMs) / calls) / 10,
        msMax: maxMs,
      });
    }
    counts = new Map();
    calls = 0;
    totalMs = 0;
    maxMs = 0;
    since = Date.now();
  };
  const timer = setInterval(flush, intervalMs);
  timer.unref();

  return {
    record(call: StampsCallRecord) {
      const key = `${call.endpoint} ${call.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      calls += 1;
      totalMs += call.ms;
      maxMs = Math.max(maxMs, call.ms);
    },
    /** Logs what was counted since the last line and stops the timer. */
    stop() {
      clearInterval(timer);
      flush();
    },
  };
}
