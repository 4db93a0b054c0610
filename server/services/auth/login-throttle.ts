import { Prisma, type PrismaClient } from "@/server/generated/prisma/client";

export type ThrottleRule = {
  /** Failures allowed back to back before a delay applies. */
  free: number;
  /** The first delay; each further failure doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures are forgotten this long after the last attempt. */
  windowMs: number;
};

/**
 * Per email the delay stays short (an attacker who knows an address can slow its owner down by a minute, not lock
 * them out); per IP address it grows further, since guessing one password across many emails shows up only there.
 */
export const LOGIN_THROTTLE = {
  email: { free: 5, baseDelayMs: 1_000, maxDelayMs: 60_000, windowMs: 15 * 60_000 },
  ip: { free: 20, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, windowMs: 60 * 60_000 },
} satisfies Record<string, ThrottleRule>;

export type ThrottleClaim = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Takes one attempt for `key`, counted as a failure until the password proves right, in a single UPDATE: parallel
 * attempts each see the count the ones before them left, and none is let through while the key waits out its delay.
 * A refused attempt does not move the delay, so hammering cannot push it further than real failures do.
 */
export async function claimAttempt(
  db: PrismaClient,
  key: string,
  rule: ThrottleRule,
  now: number,
): Promise<ThrottleClaim> {
  await db.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "lastAttemptAt", "nextAllowedAt") VALUES (${key}, 0, 0, 0) ON CONFLICT ("key") DO NOTHING`;
  const windowStart = now - rule.windowMs;
  const counted = Prisma.sql`CASE WHEN "lastAttemptAt" < ${windowStart} THEN 1 ELSE "failures" + 1 END`;
  const claimed = await db.$queryRaw<{ failures: number }[]>`
    UPDATE "LoginThrottle"
       SET "failures" = ${counted},
           "lastAttemptAt" = ${now},
           "nextAllowedAt" = ${now} + CASE WHEN ${counted} < ${rule.free} THEN 0
                                      ELSE min(${rule.maxDelayMs}, ${rule.baseDelayMs} * (1 << min(30, ${counted} - ${rule.free}))) END
     WHERE "key" = ${key} AND "nextAllowedAt" <= ${now}
     RETURNING "failures"`;
  if (claimed.length > 0) return { ok: true };
  const [row] = await db.$queryRaw<{ nextAllowedAt: bigint | number }[]>`
    SELECT "nextAllowedAt" FROM "LoginThrottle" WHERE "key" = ${key}`;
  return { ok: false, retryAfterMs: Math.max(1, Number(row?.nextAllowedAt ?? now) - now) };
}

/** Gives back an attempt that turned out right, so signing in often from one office never slows it down. */
export async function refundAttempt(db: PrismaClient, key: string, rule: ThrottleRule) {
  await db.$executeRaw`
    UPDATE "LoginThrottle"
       SET "failures" = max(0, "failures" - 1),
           "nextAllowedAt" = CASE WHEN "failures" - 1 < ${rule.free} THEN 0 ELSE "nextAllowedAt" END
     WHERE "key" = ${key}`;
}

export async function clearAttempts(db: PrismaClient, key: string) {
  await db.loginThrottle.deleteMany({ where: { key } });
}
