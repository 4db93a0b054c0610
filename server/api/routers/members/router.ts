import { createTRPCRouter } from "@/server/api/trpc";
import { getMemberProcedure } from "./get-member";
import { suggestMembersProcedure } from "./suggest-members";

export const membersRouter = createTRPCRouter({
  get: getMemberProcedure,
  suggest: suggestMembersProcedure,
});
