import { createTRPCRouter } from "@/server/api/trpc";
import { findMemberActivityProcedure } from "./find-member-activity";
import { getMemberProcedure } from "./get-member";
import { registerMemberProcedure } from "./register-member";
import { suggestMembersProcedure } from "./suggest-members";
import { updateMemberProcedure } from "./update-member";

export const membersRouter = createTRPCRouter({
  findMemberActivity: findMemberActivityProcedure,
  get: getMemberProcedure,
  register: registerMemberProcedure,
  suggest: suggestMembersProcedure,
  update: updateMemberProcedure,
});
