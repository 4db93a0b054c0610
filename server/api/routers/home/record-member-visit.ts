import { z } from "zod";
import { ZRecordMemberVisitInput, type TRecordMemberVisitInput } from "@/lib/schemas/home";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { recordMemberVisit } from "@/server/services/home/member-visits";

export const recordMemberVisitProcedure = merchantProcedure("members")
  .input(ZRecordMemberVisitInput)
  // Who opened a member's personal data is worth knowing too; the start page leaves these out of "recent changes".
  .use(audited<TRecordMemberVisitInput>({ action: "members.open", target: (input) => memberTarget(input.memberId) }))
  .output(z.void())
  .mutation(({ ctx, input }) =>
    recordMemberVisit(ctx.db, {
      staffId: ctx.staff.id,
      merchantId: ctx.merchant.id,
      memberId: input.memberId,
      memberName: input.memberName,
    }),
  );
