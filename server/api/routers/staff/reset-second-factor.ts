import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { adminProcedure, audited } from "@/server/api/trpc";
import { resetSecondFactor } from "@/server/services/auth/second-factor";

const ZResetSecondFactorInput = z.object({ id: z.string().min(1) });

/** For a lost phone: the staff member enrols again at their next sign-in, and their sessions end now. */
export const resetSecondFactorProcedure = adminProcedure
  .input(ZResetSecondFactorInput)
  .use(
    audited<z.infer<typeof ZResetSecondFactorInput>>({
      action: "staff.resetSecondFactor",
      target: (i) => `staff:${i.id}`,
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    if (!(await ctx.db.staff.findUnique({ where: { id: input.id }, select: { id: true } }))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "This staff member no longer exists. Reload the page." });
    }
    await resetSecondFactor(ctx.db, input.id);
    return { ok: true as const };
  });
