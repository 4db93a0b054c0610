import { auditActionLabel, auditOutcomeLabel } from "@/lib/audit-labels";
import { CSV_BOM, csvLine } from "@/lib/csv";
import type { TAuditFilters } from "@/lib/schemas/audit";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { AUDIT_ORDER, auditWhere, type AuditScope } from "./find-audit-events";

const PAGE = 1_000;

export const AUDIT_CSV_HEADER = [
  "When (UTC)",
  "Staff",
  "Merchant",
  "Action",
  "Target",
  "Outcome",
  "Reason",
  "Message",
  "Action key",
  "Outcome code",
  "Request",
  "Event ID",
] as const;

/**
 * The audit events the filters select, as a CSV download streamed a page at a time through a cursor (no row cap,
 * never all rows in memory), newest first. Every cell goes through csvCell, so nothing in it runs as a formula.
 * Throws (before streaming) when the filters name a merchant the staff member does not work for.
 */
export function streamAuditCsv(db: PrismaClient, scope: AuditScope, filters: TAuditFilters) {
  const where = auditWhere(scope, filters);
  const encoder = new TextEncoder();
  let cursor: string | null | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (cursor === undefined) {
        cursor = null;
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(AUDIT_CSV_HEADER)));
        return;
      }
      const rows = await db.auditEvent.findMany({
        where,
        orderBy: AUDIT_ORDER,
        take: PAGE,
        ...(cursor && { cursor: { id: cursor }, skip: 1 }),
        include: { merchant: { select: { name: true } } },
      });
      if (rows.length === 0) return controller.close();
      cursor = rows.at(-1)!.id;
      let text = "";
      for (const row of rows) {
        text += csvLine([
          row.createdAt.toISOString(),
          row.staffEmail,
          row.merchant?.name ?? "",
          auditActionLabel(row.action),
          row.target,
          auditOutcomeLabel(row.outcome),
          row.reason,
          row.message,
          row.action,
          row.outcome,
          row.request,
          row.id,
        ]);
      }
      controller.enqueue(encoder.encode(text));
    },
  });
}
