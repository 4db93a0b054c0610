import { createTRPCRouter } from "@/server/api/trpc";
import { findMemberActivityProcedure } from "./find-member-activity";
import { getMemberProcedure } from "./get-member";
import { suggestMembersProcedure } from "./suggest-members";

export const membersRouter = createTRPCRouter({
  activity: findMemberActivityProcedure,
  get: getMemberProcedure,
  suggest: suggestMembersProcedure,
});
