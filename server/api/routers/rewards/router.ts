import { createTRPCRouter } from "@/server/api/trpc";
import { findMemberRewardsProcedure } from "./find-member-rewards";
import { findRewardsProcedure } from "./find-rewards";

export const rewardsRouter = createTRPCRouter({
  find: findRewardsProcedure,
  findMemberRewards: findMemberRewardsProcedure,
});
