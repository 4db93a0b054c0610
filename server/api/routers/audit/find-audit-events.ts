import { ZAuditEventPage, ZFindAuditEventsInput } from "@/lib/schemas/audit";
import { areaProcedure } from "@/server/api/trpc";
import { findAuditEvents } from "@/server/services/audit/find-audit-events";

/** The events of the merchants this admin works for (see auditWhere), filtered and paged. */
export const findAuditEventsProcedure = areaProcedure("audit")
  .input(ZFindAuditEventsInput)
  .output(ZAuditEventPage)
  .query(({ ctx, input }) => findAuditEvents(ctx.db, ctx.staff, input));
