import { z } from "zod";
import { ZRecordMemberVisitInput } from "@/lib/schemas/home";
import { merchantProcedure } from "@/server/api/trpc";
import { recordMemberVisit } from "@/server/services/home/member-visits";

export const recordMemberVisitProcedure = merchantProcedure("members")
  .input(ZRecordMemberVisitInput)
  .output(z.void())
  .mutation(({ ctx, input }) =>
    recordMemberVisit(ctx.db, {
      staffId: ctx.staff.id,
      merchantId: ctx.merchant.id,
      memberId: input.memberId,
      memberName: input.memberName,
    }),
  );
