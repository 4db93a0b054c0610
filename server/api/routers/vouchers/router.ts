import { createTRPCRouter } from "@/server/api/trpc";

export const vouchersRouter = createTRPCRouter({});
