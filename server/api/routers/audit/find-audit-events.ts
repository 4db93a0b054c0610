import { ZAuditEventPage, ZFindAuditEventsInput } from "@/lib/schemas/audit";
import { areaProcedure } from "@/server/api/trpc";
import { findAuditEvents } from "@/server/services/audit/find-audit-events";
import { assertWorksFor } from "@/server/services/merchants/merchant-access";

export const findAuditEventsProcedure = areaProcedure("audit")
  .input(ZFindAuditEventsInput)
  .output(ZAuditEventPage)
  .query(({ ctx, input }) => {
    // Another merchant's log is refused outright, not answered with an empty page.
    if (input.merchantId) assertWorksFor(ctx.staff, input.merchantId);
    const scope = { merchantIds: ctx.staff.merchants.map((merchant) => merchant.id), staffId: ctx.staff.id };
    return findAuditEvents(ctx.db, input, ctx.staff.isOwner ? null : scope);
  });
