import { ZMemberProfileCard } from "@/lib/schemas/member-card";
import { ZUpdateMemberInput, type TUpdateMemberInput } from "@/lib/schemas/members";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { updateMember } from "@/server/services/members/update-member";

export const updateMemberProcedure = merchantProcedure("memberEdit")
  .input(ZUpdateMemberInput)
  .use(
    audited<TUpdateMemberInput>({
      action: "members.update",
      target: (input) => memberTarget(input.memberId),
      reason: (input) => input.reason || null,
    }),
  )
  .output(ZMemberProfileCard)
  .mutation(({ ctx, input: { merchantId: _merchantId, ...input } }) =>
    updateMember(ctx.stamps, ctx.merchant.stampsMerchantId, input),
  );
