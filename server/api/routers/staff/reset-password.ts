import { ZOneTimePassword, ZStaffActionInput, type TStaffActionInput } from "@/lib/schemas/staff";
import { adminProcedure, audited } from "@/server/api/trpc";
import { staffTarget } from "@/server/services/audit/audit-targets";
import { resetStaffPassword } from "@/server/services/staff/save-staff";

/** A new one-time password, in this response only. */
export const resetPasswordProcedure = adminProcedure
  .input(ZStaffActionInput)
  .use(
    audited<TStaffActionInput>({
      action: "staff.resetPassword",
      target: (input) => staffTarget(input.id),
      reason: (input) => input.reason,
    }),
  )
  .output(ZOneTimePassword)
  .mutation(({ ctx, input }) => resetStaffPassword(ctx.db, ctx.staff, input.id));
