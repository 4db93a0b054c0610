import type { PrismaClient } from "@/server/generated/prisma/client";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { verifyLogin, type LoginResult } from "./verify-login";

type LoginAttempt = { email: string; password: string; ip: string; code?: string };

/** The audit outcome and sentence of each way a sign-in ends. */
function describe(result: LoginResult, codeGiven: boolean) {
  if (result.ok) return { outcome: "OK", message: null };
  if (result.reason === "throttled") {
    return {
      outcome: "THROTTLED",
      message: `Sign-in refused without checking: repeated failures, retry in ${Math.ceil(result.retryAfterMs / 1000)} s`,
    };
  }
  if (result.reason === "second-factor") {
    return {
      outcome: "SECOND_FACTOR_FAILED",
      message: codeGiven
        ? "The password was right; the second-factor code was wrong."
        : "The password was right; no second-factor code was given.",
    };
  }
  return { outcome: "INVALID_CREDENTIALS", message: "Wrong email or password, or the account is disabled." };
}

/**
 * Checks a sign-in (verifyLogin) and records it in the audit log, whatever the result: who (the staff row of that
 * email when there is one) and from which address; never the password or the code.
 */
export async function auditedLogin(db: PrismaClient, attempt: LoginAttempt, now = Date.now()) {
  const result = await verifyLogin(db, attempt, now);
  const staff = result.ok
    ? result.staff
    : await db.staff.findUnique({ where: { email: attempt.email }, select: { id: true, email: true } });
  await recordAuditEvent(db, {
    actor: { id: staff?.id ?? null, email: staff?.email ?? attempt.email },
    action: "auth.signIn",
    // The email tried, known or not: what a search for an account's sign-ins looks for.
    target: attempt.email,
    request: { email: attempt.email, ip: attempt.ip },
    ...describe(result, Boolean(attempt.code)),
  });
  return result;
}
