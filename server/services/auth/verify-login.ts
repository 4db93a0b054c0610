import type { PrismaClient } from "@/server/generated/prisma/client";
import { getDummyHash, verifyPassword } from "./password";

export const LOGIN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export type LoginResult =
  | { ok: true; staff: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMs: number };

/**
 * Checks an email and password, counting failures per email (known or not, so the lock says
 * nothing about which emails exist). Disabled staff fail like a wrong password.
 */
export async function verifyLogin(
  db: PrismaClient,
  { email, password }: { email: string; password: string },
  now = new Date(),
): Promise<LoginResult> {
  const throttle = await db.loginThrottle.findUnique({ where: { email } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    return { ok: false, reason: "locked", retryAfterMs: throttle.lockedUntil.getTime() - now.getTime() };
  }

  const staff = await db.staff.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(staff?.passwordHash ?? (await getDummyHash()), password);

  if (staff && passwordOk && !staff.disabled) {
    if (throttle) await db.loginThrottle.delete({ where: { email } });
    return { ok: true, staff: { id: staff.id, email: staff.email, name: staff.name } };
  }

  const windowExpired = !throttle || now.getTime() - throttle.windowStartsAt.getTime() > LOGIN_THROTTLE.windowMs;
  const failures = windowExpired ? 1 : throttle.failures + 1;
  const lockedUntil = failures >= LOGIN_THROTTLE.maxFailures ? new Date(now.getTime() + LOGIN_THROTTLE.lockMs) : null;
  await db.loginThrottle.upsert({
    where: { email },
    create: { email, failures, windowStartsAt: now, lockedUntil },
    update: {
      failures: lockedUntil ? 0 : failures,
      windowStartsAt: windowExpired || lockedUntil ? now : throttle.windowStartsAt,
      lockedUntil,
    },
  });
  if (lockedUntil) return { ok: false, reason: "locked", retryAfterMs: LOGIN_THROTTLE.lockMs };
  return { ok: false, reason: "invalid" };
}
