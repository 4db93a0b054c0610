import { createCallerFactory, createTRPCRouter } from "./trpc";
import { auditRouter } from "./routers/audit/router";
import { membersRouter } from "./routers/members/router";
import { merchantsRouter } from "./routers/merchants/router";
import { staffRouter } from "./routers/staff/router";

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  members: membersRouter,
  merchants: merchantsRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
