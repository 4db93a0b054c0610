import { ZCreateStaffInput, ZStaffMember, type TCreateStaffInput } from "@/lib/schemas/staff";
import { adminProcedure, audited } from "@/server/api/trpc";
import { createStaff } from "@/server/services/staff/save-staff";

export const createStaffProcedure = adminProcedure
  .input(ZCreateStaffInput)
  .use(audited<TCreateStaffInput>({ action: "staff.create", target: (input) => input.email }))
  .output(ZStaffMember)
  .mutation(({ ctx, input }) => createStaff(ctx.db, input));
