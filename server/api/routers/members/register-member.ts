import { ZRegisteredMember, type TRegisteredMember } from "@/lib/schemas/member-card";
import { ZRegisterMemberInput, type TRegisterMemberInput } from "@/lib/schemas/members";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { registerMember, registrationAuditTarget } from "@/server/services/members/register-member";

export const registerMemberProcedure = merchantProcedure("memberEdit")
  .input(ZRegisterMemberInput)
  .use(
    audited<TRegisterMemberInput, TRegisteredMember>({
      action: "members.register",
      // The new member's id once Stamps gave one, so the event shows on their page's "Staff activity".
      target: (input, output) => registrationAuditTarget(input.email, output?.id),
      reason: (input) => input.reason || null,
    }),
  )
  .output(ZRegisteredMember)
  .mutation(({ ctx, input: { reason: _reason, merchantId: _merchantId, ...input } }) =>
    registerMember(ctx.stamps, ctx.merchant.stampsMerchantId, input),
  );
