import { ZAuditEvent, ZGetAuditEventInput } from "@/lib/schemas/audit";
import { areaProcedure } from "@/server/api/trpc";
import { getAuditEvent } from "@/server/services/audit/find-audit-events";

/** One event for the detail view, if it belongs to a merchant this admin works for. */
export const getAuditEventProcedure = areaProcedure("audit")
  .input(ZGetAuditEventInput)
  .output(ZAuditEvent)
  .query(({ ctx, input }) => getAuditEvent(ctx.db, ctx.staff, input.id));
