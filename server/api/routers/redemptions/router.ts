import { createTRPCRouter } from "@/server/api/trpc";

export const redemptionsRouter = createTRPCRouter({});
