import { ZSetStaffDisabledInput, ZStaffMember, type TSetStaffDisabledInput } from "@/lib/schemas/staff";
import { adminProcedure, audited } from "@/server/api/trpc";
import { staffTarget } from "@/server/services/audit/audit-targets";
import { setStaffDisabled } from "@/server/services/staff/save-staff";

export const setStaffDisabledProcedure = adminProcedure
  .input(ZSetStaffDisabledInput)
  .use(
    audited<TSetStaffDisabledInput>({
      action: "staff.setDisabled",
      target: (input) => staffTarget(input.id),
      reason: (input) => input.reason,
      note: (input) => (input.disabled ? "Disabled" : "Enabled again"),
    }),
  )
  .output(ZStaffMember)
  .mutation(({ ctx, input }) => setStaffDisabled(ctx.db, ctx.staff, input));
