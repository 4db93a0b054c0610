import { errorResponse, messageResponse } from "@/app/api/_lib/responses";
import { AUDIT_FILTER_LABELS } from "@/lib/audit-labels";
import { csvDownloadResponse } from "@/lib/csv";
import { AUDIT_FILTER_KEYS, ZAuditFilters } from "@/lib/schemas/audit";
import { canAccess } from "@/lib/permissions";
import { getConsoleStaff } from "@/server/auth/current-staff";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { streamAuditCsv } from "@/server/services/audit/export-audit-csv";

/**
 * GET with the audit log's filters as search params (the screen's own URL parameters): the events they select as
 * a CSV download, streamed. ADMIN only, and only the merchants this admin works for; the export is audited.
 */
export async function GET(request: Request) {
  const staff = await getConsoleStaff();
  if (!staff) return messageResponse(401, "Your session has ended. Sign in again to continue.");
  if (!canAccess(staff.role, "audit"))
    return messageResponse(403, "The audit log is for admins; your role cannot open it.");

  const params = new URL(request.url).searchParams;
  const parsed = ZAuditFilters.safeParse(
    Object.fromEntries(AUDIT_FILTER_KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)]] : []))),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path[0] as keyof typeof AUDIT_FILTER_LABELS | undefined;
    const label = key ? AUDIT_FILTER_LABELS[key] : undefined;
    return messageResponse(
      400,
      `${label ? `The ${label} filter is` : "A filter is"} not valid: change or clear it, then download again.`,
      `${String(key ?? "")}: ${issue?.message ?? "invalid"}`,
    );
  }
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = streamAuditCsv(db, staff, parsed.data);
  } catch (error) {
    return errorResponse(error);
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
