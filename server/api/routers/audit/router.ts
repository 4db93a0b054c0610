import { z } from "zod";
import { ZFindAuditEventsInput } from "@/lib/schemas/audit";
import { areaProcedure, createTRPCRouter } from "@/server/api/trpc";
import { findAuditEvents } from "@/server/services/audit/find-audit-events";

const ZAuditEventOutput = z.object({
  id: z.string(),
  createdAt: z.date(),
  staffEmail: z.string(),
  merchantName: z.string().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  reason: z.string().nullable(),
  request: z.string(),
  outcome: z.string(),
  message: z.string().nullable(),
});

export const auditRouter = createTRPCRouter({
  find: areaProcedure("audit")
    .input(ZFindAuditEventsInput)
    .output(z.object({ events: z.array(ZAuditEventOutput), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => findAuditEvents(ctx.db, input)),
});
