import { ZFindMemberActivityInput, ZMemberActivity } from "@/lib/schemas/audit";
import { merchantProcedure } from "@/server/api/trpc";
import { findMemberActivity } from "@/server/services/audit/find-member-activity";

export const findMemberActivityProcedure = merchantProcedure("members")
  .input(ZFindMemberActivityInput)
  .output(ZMemberActivity)
  .query(({ ctx, input }) => findMemberActivity(ctx.db, ctx.merchant.id, input.memberId));
