import { createTRPCRouter } from "@/server/api/trpc";
import { findAuditEventsProcedure } from "./find-audit-events";
import { getAuditEventProcedure } from "./get-audit-event";

export const auditRouter = createTRPCRouter({
  find: findAuditEventsProcedure,
  get: getAuditEventProcedure,
});
