import { ZMemberSuggestions } from "@/lib/schemas/member-card";
import { ZSuggestMembersInput } from "@/lib/schemas/members";
import { merchantProcedure } from "@/server/api/trpc";
import { suggestMembers } from "@/server/services/members/suggest-members";

export const suggestMembersProcedure = merchantProcedure("members")
  .input(ZSuggestMembersInput)
  .output(ZMemberSuggestions)
  .query(({ ctx, input }) => suggestMembers(ctx.stamps, ctx.merchant.stampsMerchantId, input.query));
