import { csvDownloadResponse } from "@/lib/csv";
import { AUDIT_FILTER_KEYS, ZAuditFilters } from "@/lib/schemas/audit";
import { canAccess } from "@/lib/permissions";
import { getConsoleStaff } from "@/server/auth/current-staff";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { streamAuditCsv } from "@/server/services/audit/export-audit-csv";

const message = (status: number, text: string) => Response.json({ message: text }, { status });

/**
 * GET with the audit log's filters as search params (the screen's own URL parameters): the events they select as
 * a CSV download, streamed. ADMIN only, and only the merchants this admin works for; the export is audited.
 */
export async function GET(request: Request) {
  const staff = await getConsoleStaff();
  if (!staff) return message(401, "Your session has ended. Sign in again to continue.");
  if (!canAccess(staff.role, "audit")) return message(403, "The audit log is for admins; your role cannot open it.");

  const params = new URL(request.url).searchParams;
  const parsed = ZAuditFilters.safeParse(
    Object.fromEntries(AUDIT_FILTER_KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return message(400, `The filter "${String(issue?.path[0] ?? "")}" is not valid: ${issue?.message ?? "check it"}.`);
  }
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = streamAuditCsv(db, staff, parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") return message(403, error.userMessage);
    throw error;
  }
  await recordAuditEvent(db, {
    actor: { id: staff.id, email: staff.email },
    merchantId: parsed.data.merchantId ?? null,
    action: "audit.export",
    request: parsed.data,
    outcome: "OK",
  });
  const day = new Date().toISOString().slice(0, 10);
  return csvDownloadResponse(stream, `audit-log-${day}.csv`);
}
