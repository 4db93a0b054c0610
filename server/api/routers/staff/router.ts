import { createTRPCRouter } from "@/server/api/trpc";
import { createStaffProcedure } from "./create-staff";
import { findStaffProcedure } from "./find-staff";
import { updateStaffProcedure } from "./update-staff";

export const staffRouter = createTRPCRouter({
  find: findStaffProcedure,
  create: createStaffProcedure,
  update: updateStaffProcedure,
});
