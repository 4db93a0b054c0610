import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger, redact } from "@/server/logger";

export type AuditEventInput = {
  actor: { id: string | null; email: string };
  merchantId?: string | null;
  action: string;
  target?: string | null;
  reason?: string | null;
  request: unknown;
  /** "OK", or the error code the action ended with. */
  outcome: string;
  message?: string | null;
};

const MAX_REQUEST_CHARS = 8_000;

/** Writes one audit event. Secrets are removed from the request before it is stored. */
export async function recordAuditEvent(db: PrismaClient, event: AuditEventInput) {
  let request = JSON.stringify(redact(event.request) ?? null);
  if (request.length > MAX_REQUEST_CHARS) request = `${request.slice(0, MAX_REQUEST_CHARS)}…`;
  try {
    await db.auditEvent.create({
      data: {
        staffId: event.actor.id,
        staffEmail: event.actor.email,
        merchantId: event.merchantId ?? null,
        action: event.action,
        target: event.target ?? null,
        reason: event.reason ?? null,
        request,
        outcome: event.outcome,
        message: event.message ?? null,
      },
    });
  } catch (error) {
    // The action itself already happened; losing its trail must be loud but must not undo it.
    logger.error("audit.write_failed", { action: event.action, error: error instanceof Error ? error.message : error });
  }
}
