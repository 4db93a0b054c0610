import { ZGetMemberInput } from "@/lib/schemas/members";
import { ZMemberCard } from "@/lib/schemas/member-card";
import { merchantProcedure } from "@/server/api/trpc";
import { getMember } from "@/server/services/members/get-member";

export const getMemberProcedure = merchantProcedure("members")
  .input(ZGetMemberInput)
  .output(ZMemberCard)
  .query(({ ctx, input }) => getMember(ctx.stamps, ctx.merchant.stampsMerchantId, input.user));
