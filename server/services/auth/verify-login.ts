import type { PrismaClient } from "@/server/generated/prisma/client";
import { claimAttempt, clearAttempts, LOGIN_THROTTLE, refundAttempt } from "./login-throttle";
import { getDummyHash, verifyPassword } from "./password";
import { verifySecondFactor } from "./second-factor";

export { LOGIN_THROTTLE } from "./login-throttle";

export type LoginResult =
  | { ok: true; staff: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  /** The password was right; a second factor is enrolled and the code was missing or wrong (still a failure). */
  | { ok: false; reason: "second-factor" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

/**
 * Checks an email and password. Each attempt is counted per IP address and per email (known or not, so the delay
 * says nothing about which emails exist) before the password is checked; an attempt that arrives while either key
 * waits out its delay is refused without checking. Disabled staff fail like a wrong password.
 */
export async function verifyLogin(
  db: PrismaClient,
  { email, password, ip, code }: { email: string; password: string; ip: string; code?: string },
  now = Date.now(),
): Promise<LoginResult> {
  for (const [key, rule] of [
    [`ip:${ip}`, LOGIN_THROTTLE.ip],
    [`email:${email}`, LOGIN_THROTTLE.email],
  ] as const) {
    const claim = await claimAttempt(db, key, rule, now);
    if (!claim.ok) return { ok: false, reason: "throttled", retryAfterMs: claim.retryAfterMs };
  }

  const staff = await db.staff.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(staff?.passwordHash ?? (await getDummyHash()), password);
  if (!staff || !passwordOk || staff.disabled) return { ok: false, reason: "invalid" };
  if (staff.totpEnabledAt && !(code && (await verifySecondFactor(db, staff.id, code, now)))) {
    return { ok: false, reason: "second-factor" };
  }

  // The IP address gets back only this attempt: one right password does not pay for guesses at other emails.
  await clearAttempts(db, `email:${email}`);
  await refundAttempt(db, `ip:${ip}`, LOGIN_THROTTLE.ip);
  return {
    ok: true,
    staff: { id: staff.id, email: staff.email, name: staff.name, sessionVersion: staff.sessionVersion },
  };
}
