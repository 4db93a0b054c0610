import { createCallerFactory, createTRPCRouter } from "./trpc";
import { auditRouter } from "./routers/audit/router";
import { membersRouter } from "./routers/members/router";
import { merchantsRouter } from "./routers/merchants/router";
import { redemptionsRouter } from "./routers/redemptions/router";
import { rewardsRouter } from "./routers/rewards/router";
import { staffRouter } from "./routers/staff/router";
import { transactionsRouter } from "./routers/transactions/router";
import { vouchersRouter } from "./routers/vouchers/router";

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  members: membersRouter,
  merchants: merchantsRouter,
  redemptions: redemptionsRouter,
  rewards: rewardsRouter,
  staff: staffRouter,
  transactions: transactionsRouter,
  vouchers: vouchersRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
