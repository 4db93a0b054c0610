import { createTRPCRouter } from "@/server/api/trpc";

export const transactionsRouter = createTRPCRouter({});
