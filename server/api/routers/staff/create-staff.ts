import { ZCreatedStaff, ZCreateStaffInput, type TCreateStaffInput } from "@/lib/schemas/staff";
import { adminProcedure, audited } from "@/server/api/trpc";
import { createStaff } from "@/server/services/staff/save-staff";

/** The one-time password is in this response only; the audit log never sees it. */
export const createStaffProcedure = adminProcedure
  .input(ZCreateStaffInput)
  .use(audited<TCreateStaffInput>({ action: "staff.create", target: (input) => input.email }))
  .output(ZCreatedStaff)
  .mutation(({ ctx, input }) => createStaff(ctx.db, ctx.staff, input));
