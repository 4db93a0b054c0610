import { ZStaffMember, ZUpdateStaffInput, type TUpdateStaffInput } from "@/lib/schemas/staff";
import { adminProcedure, audited } from "@/server/api/trpc";
import { staffTarget } from "@/server/services/audit/audit-targets";
import { updateStaff } from "@/server/services/staff/save-staff";

export const updateStaffProcedure = adminProcedure
  .input(ZUpdateStaffInput)
  .use(audited<TUpdateStaffInput>({ action: "staff.update", target: (input) => staffTarget(input.id) }))
  .output(ZStaffMember)
  .mutation(({ ctx, input }) => updateStaff(ctx.db, ctx.staff, input));
