import { createTRPCRouter } from "@/server/api/trpc";
import { findAuditEventsProcedure } from "./find-audit-events";

export const auditRouter = createTRPCRouter({
  find: findAuditEventsProcedure,
});
