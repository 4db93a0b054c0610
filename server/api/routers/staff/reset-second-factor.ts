import { z } from "zod";
import { ZStaffActionInput, type TStaffActionInput } from "@/lib/schemas/staff";
import { adminProcedure, audited } from "@/server/api/trpc";
import { staffTarget } from "@/server/services/audit/audit-targets";
import { resetStaffSecondFactor } from "@/server/services/staff/save-staff";

/** For a lost phone: the staff member enrols again at their next sign-in, and their sessions end now. */
export const resetSecondFactorProcedure = adminProcedure
  .input(ZStaffActionInput)
  .use(
    audited<TStaffActionInput>({
      action: "staff.resetSecondFactor",
      target: (input) => staffTarget(input.id),
      reason: (input) => input.reason,
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(({ ctx, input }) => resetStaffSecondFactor(ctx.db, ctx.staff, input.id));
