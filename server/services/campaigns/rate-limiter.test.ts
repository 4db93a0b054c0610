import { describe, expect, it } from "vitest";
import { createCallLimiter } from "./rate-limiter";

describe("the call limiter", () => {
  it("never lets more than `concurrency` calls run at once", async () => {
    const limiter = createCallLimiter({ concurrency: 3, ratePerSecond: 100_000 });
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        await limiter.acquire();
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        limiter.release();
      }),
    );
    expect(most).toBe(3);
    expect(limiter.stats()).toMatchObject({ active: 0, waiting: 0 });
  });

  it("spaces calls to the rate after a short burst", async () => {
    const limiter = createCallLimiter({ concurrency: 100, ratePerSecond: 50 });
    const started = performance.now();
    // A quarter second of burst (12 calls) goes at once; the 25 after it need at least (37 - 13) / 50 s.
    await Promise.all(
      Array.from({ length: 37 }, async () => {
        await limiter.acquire();
        limiter.release();
      }),
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(400);
  });

  it("backs off exponentially when pushed back and recovers with successes", async () => {
    const limiter = createCallLimiter({ concurrency: 2, ratePerSecond: 1000 });
    expect(limiter.slowDown()).toBe(500);
    // Calls failing together within the window count once.
    expect(limiter.slowDown()).toBe(500);
    expect(limiter.slowDown(5000)).toBe(5000);
    for (let i = 0; i < 2; i++) limiter.succeeded();
    expect(limiter.backoffMs()).toBe(2500);

    const fresh = createCallLimiter({ concurrency: 1, ratePerSecond: 1000 });
    fresh.slowDown();
    const started = performance.now();
    await fresh.acquire();
    fresh.release();
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
  });

  it("gives up waiting when the signal aborts", async () => {
    const limiter = createCallLimiter({ concurrency: 1, ratePerSecond: 1000 });
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error("stopping"));
    await expect(waiting).rejects.toThrow("stopping");
    limiter.release();
    expect(limiter.stats()).toMatchObject({ active: 0, waiting: 0 });
  });
});
