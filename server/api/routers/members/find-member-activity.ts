import { z } from "zod";
import { merchantProcedure } from "@/server/api/trpc";
import { findMemberActivity } from "@/server/services/audit/find-member-activity";

export const findMemberActivityProcedure = merchantProcedure("members")
  .input(z.object({ memberId: z.number().int().positive() }))
  .output(
    z.array(
      z.object({
        id: z.string(),
        createdAt: z.date(),
        staffEmail: z.string(),
        action: z.string(),
        reason: z.string().nullable(),
        outcome: z.string(),
        message: z.string().nullable(),
      }),
    ),
  )
  .query(({ ctx, input }) => findMemberActivity(ctx.db, ctx.merchant.id, input.memberId));
