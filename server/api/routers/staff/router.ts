import { createTRPCRouter } from "@/server/api/trpc";
import { createStaffProcedure } from "./create-staff";
import { findStaffProcedure } from "./find-staff";
import { resetPasswordProcedure } from "./reset-password";
import { resetSecondFactorProcedure } from "./reset-second-factor";
import { setStaffDisabledProcedure } from "./set-staff-disabled";
import { updateStaffProcedure } from "./update-staff";

export const staffRouter = createTRPCRouter({
  find: findStaffProcedure,
  create: createStaffProcedure,
  update: updateStaffProcedure,
  setDisabled: setStaffDisabledProcedure,
  resetPassword: resetPasswordProcedure,
  resetSecondFactor: resetSecondFactorProcedure,
});
