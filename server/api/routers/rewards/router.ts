import { createTRPCRouter } from "@/server/api/trpc";

export const rewardsRouter = createTRPCRouter({});
