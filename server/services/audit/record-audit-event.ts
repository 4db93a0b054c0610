import type { PrismaClient } from "@/server/generated/prisma/client";
import { logger, redact } from "@/server/logger";

export type AuditActor = { id: string | null; email: string };

export type AuditEventInput = {
  actor: AuditActor;
  merchantId?: string | null;
  action: string;
  target?: string | null;
  reason?: string | null;
  request: unknown;
  /** "OK", or the error code the action ended with. */
  outcome: string;
  message?: string | null;
};

/** The outcome of an event written before its action ran, until the action's outcome replaces it. */
export const PENDING_OUTCOME = "PENDING";

const MAX_REQUEST_CHARS = 8_000;

/**
 * The request as stored: secret-looking keys removed, BigInts written as strings (JSON.stringify throws on them),
 * cut to a size a row can hold. Throws only on input no JSON can hold (a cycle); callers decide what that means.
 */
export function auditRequestJson(request: unknown) {
  let json =
    JSON.stringify(redact(request) ?? null, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    ) ?? "null";
  if (json.length > MAX_REQUEST_CHARS) json = `${json.slice(0, MAX_REQUEST_CHARS)}…`;
  return json;
}

/** What a log line may say about a failed write: the error's name and code, never its message (it may quote data). */
export function errorSummary(error: unknown) {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  return { error: error.name, ...(typeof code === "string" || typeof code === "number" ? { code } : {}) };
}

/**
 * Writes an audit event for an action that is about to run (outcome PENDING), one per target. Throws when it
 * cannot be written: the caller must then not run the action, so nothing changes without its trail.
 */
export async function openAuditEvents(
  db: PrismaClient,
  event: Omit<AuditEventInput, "outcome" | "message" | "target"> & { targets: readonly (string | null)[] },
) {
  const request = auditRequestJson(event.request);
  const rows = await db.$transaction(
    event.targets.map((target) =>
      db.auditEvent.create({
        data: {
          staffId: event.actor.id,
          staffEmail: event.actor.email,
          merchantId: event.merchantId ?? null,
          action: event.action,
          target,
          reason: event.reason ?? null,
          request,
          outcome: PENDING_OUTCOME,
        },
        select: { id: true },
      }),
    ),
  );
  return rows.map((row) => row.id);
}

/**
 * Completes the events `openAuditEvents` wrote with the action's outcome. `targets` are the final targets (an output
 * may name who the action was about): the open events take them in order, extra ones get events of their own.
 * Never throws (the action already happened); a failure is logged by name and code and leaves the events PENDING.
 */
export async function completeAuditEvents(
  db: PrismaClient,
  ids: readonly string[],
  completion: { outcome: string; message: string | null; targets?: readonly (string | null)[] },
) {
  try {
    const completedAt = new Date();
    const [first] = ids;
    const targets = completion.targets ?? [];
    await db.$transaction(async (tx) => {
      for (const [index, id] of ids.entries()) {
        await tx.auditEvent.update({
          where: { id },
          data: {
            outcome: completion.outcome,
            message: completion.message,
            completedAt,
            ...(index < targets.length && { target: targets[index] }),
          },
        });
      }
      if (first === undefined || targets.length <= ids.length) return;
      const opened = await tx.auditEvent.findUniqueOrThrow({ where: { id: first } });
      for (const target of targets.slice(ids.length)) {
        const { id: _id, createdAt: _createdAt, ...copy } = opened;
        await tx.auditEvent.create({ data: { ...copy, target } });
      }
    });
  } catch (error) {
    logger.error("audit.complete_failed", { events: ids, outcome: completion.outcome, ...errorSummary(error) });
  }
}

/**
 * Writes one finished audit event, for actions that are recorded after the fact (sign-ins, the campaign worker,
 * uploads). Never throws: a failure is logged by name and code.
 */
export async function recordAuditEvent(db: PrismaClient, event: AuditEventInput) {
  try {
    await db.auditEvent.create({
      data: {
        staffId: event.actor.id,
        staffEmail: event.actor.email,
        merchantId: event.merchantId ?? null,
        action: event.action,
        target: event.target ?? null,
        reason: event.reason ?? null,
        request: auditRequestJson(event.request),
        outcome: event.outcome,
        message: event.message ?? null,
        completedAt: new Date(),
      },
    });
    return true;
  } catch (error) {
    logger.error("audit.write_failed", { action: event.action, outcome: event.outcome, ...errorSummary(error) });
    return false;
  }
}
