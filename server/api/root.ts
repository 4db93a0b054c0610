import { createCallerFactory, createTRPCRouter } from "./trpc";
import { auditRouter } from "./routers/audit/router";
import { campaignSettingsRouter } from "./routers/campaign-settings/router";
import { campaignsRouter } from "./routers/campaigns/router";
import { homeRouter } from "./routers/home/router";
import { membersRouter } from "./routers/members/router";
import { merchantsRouter } from "./routers/merchants/router";
import { redemptionsRouter } from "./routers/redemptions/router";
import { rewardsRouter } from "./routers/rewards/router";
import { staffRouter } from "./routers/staff/router";
import { transactionsRouter } from "./routers/transactions/router";
import { voucherTemplatesRouter } from "./routers/voucher-templates/router";
import { vouchersRouter } from "./routers/vouchers/router";

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  campaignSettings: campaignSettingsRouter,
  campaigns: campaignsRouter,
  home: homeRouter,
  members: membersRouter,
  merchants: merchantsRouter,
  redemptions: redemptionsRouter,
  rewards: rewardsRouter,
  staff: staffRouter,
  transactions: transactionsRouter,
  vouchers: vouchersRouter,
  voucherTemplates: voucherTemplatesRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
