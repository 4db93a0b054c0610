import { createTRPCRouter } from "@/server/api/trpc";
import { getStartPageProcedure } from "./get-start-page";
import { recordMemberVisitProcedure } from "./record-member-visit";

export const homeRouter = createTRPCRouter({
  getStartPage: getStartPageProcedure,
  recordMemberVisit: recordMemberVisitProcedure,
});
