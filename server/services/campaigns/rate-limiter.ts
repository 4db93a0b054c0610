/**
 * How hard one merchant's campaigns may push Stamps from this process: at most `concurrency` calls in flight and
 * `ratePerSecond` calls started per second, across all the merchant's campaigns. 429 and 5xx answers call
 * `slowDown()`: every call waits out an exponential backoff (0.5 s doubling to 30 s, one step per backoff window),
 * which successes shrink again.
 */
export type CallLimiter = {
  configure(settings: { concurrency: number; ratePerSecond: number }): void;
  /** Resolves when a call may start; hold the slot until `release()`. Rejects when `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<void>;
  release(): void;
  /** Stamps pushed back (429, 5xx, timeout): wait longer before the next calls. */
  slowDown(retryAfterMs?: number): number;
  /** A call went through: shrink the backoff. */
  succeeded(): void;
  /** The backoff now in force, in ms (0: none). */
  backoffMs(): number;
  stats(): { active: number; waiting: number; concurrency: number; ratePerSecond: number };
};

const MIN_BACKOFF_MS = 500;
const MIN_RATE = 0.05;
const MAX_BACKOFF_MS = 30_000;
/** A burst of up to this share of a second's calls may start at once. */
const BURST_SECONDS = 0.25;

export function createCallLimiter(settings: { concurrency: number; ratePerSecond: number }): CallLimiter {
  let concurrency = Math.max(1, settings.concurrency);
  // A share of a merchant's rate (several workers) may be below one call a second.
  let ratePerSecond = Math.max(MIN_RATE, settings.ratePerSecond);
  let active = 0;
  const waiters: (() => void)[] = [];
  /** GCRA: the theoretical arrival time of the next call. */
  let nextAt = 0;
  let blockedUntil = 0;
  let backoff = 0;
  let successesSinceBackoff = 0;

  const wakeNext = () => {
    while (active < concurrency && waiters.length > 0) {
      active += 1;
      waiters.shift()!();
    }
  };

  const release = () => {
    active -= 1;
    wakeNext();
  };

  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      const timer = setTimeout(done, ms);
      function done() {
        signal?.removeEventListener("abort", abort);
        resolve();
      }
      function abort() {
        clearTimeout(timer);
        reject(abortError(signal!));
      }
      signal?.addEventListener("abort", abort, { once: true });
    });

  return {
    configure(next) {
      concurrency = Math.max(1, next.concurrency);
      ratePerSecond = Math.max(MIN_RATE, next.ratePerSecond);
      wakeNext();
    },

    async acquire(signal) {
      if (active < concurrency && waiters.length === 0) active += 1;
      else {
        await new Promise<void>((resolve, reject) => {
          const entry = () => {
            signal?.removeEventListener("abort", abort);
            resolve();
          };
          const abort = () => {
            const index = waiters.indexOf(entry);
            if (index >= 0) waiters.splice(index, 1);
            reject(abortError(signal!));
          };
          if (signal?.aborted) return reject(abortError(signal));
          signal?.addEventListener("abort", abort, { once: true });
          waiters.push(entry);
        });
      }
      try {
        for (;;) {
          const now = performance.now();
          if (now < blockedUntil) {
            await sleep(blockedUntil - now, signal);
            continue;
          }
          const interval = 1000 / ratePerSecond;
          const start = Math.max(nextAt, now);
          const wait = start - now - BURST_SECONDS * 1000;
          if (wait > 0) {
            await sleep(wait, signal);
            continue;
          }
          nextAt = start + interval;
          return;
        }
      } catch (error) {
        release();
        throw error;
      }
    },

    release,

    slowDown(retryAfterMs) {
      successesSinceBackoff = 0;
      const now = performance.now();
      // Calls that were under way together fail together: one backoff step per window, not one per call.
      if (now < blockedUntil && retryAfterMs === undefined) return backoff;
      backoff = Math.min(MAX_BACKOFF_MS, Math.max(MIN_BACKOFF_MS, backoff * 2, retryAfterMs ?? 0));
      blockedUntil = Math.max(blockedUntil, now + backoff);
      return backoff;
    },

    succeeded() {
      if (backoff === 0) return;
      successesSinceBackoff += 1;
      if (successesSinceBackoff >= concurrency) {
        successesSinceBackoff = 0;
        backoff = backoff <= MIN_BACKOFF_MS ? 0 : backoff / 2;
      }
    },

    backoffMs: () => backoff,

    stats: () => ({ active, waiting: waiters.length, concurrency, ratePerSecond }),
  };
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error("Stopped while waiting for Stamps' rate limit");
}

const limiters = new Map<string, CallLimiter>();

/** The one limiter of this merchant in this process, with its current settings (this worker's share of them). */
export function merchantLimiter(merchantId: string, settings: { concurrency: number; ratePerSecond: number }) {
  let limiter = limiters.get(merchantId);
  if (!limiter) {
    limiter = createCallLimiter(settings);
    limiters.set(merchantId, limiter);
  } else limiter.configure(settings);
  return limiter;
}
