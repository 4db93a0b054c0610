import { z } from "zod";
import { ZRegisterMemberInput, type TRegisterMemberInput } from "@/lib/schemas/members";
import { audited, merchantProcedure } from "@/server/api/trpc";
import {
  nameRegistrationAuditTarget,
  registerMember,
  registrationAuditTarget,
} from "@/server/services/members/register-member";

const ZRegisteredMember = z.object({ id: z.number(), name: z.string(), email: z.string().nullable() });

export const registerMemberProcedure = merchantProcedure("memberEdit")
  .input(ZRegisterMemberInput)
  // The member has no id until Stamps answers: the audit event is recorded under their email, then
  // re-targeted to the new member so it shows on their page's "Staff activity".
  .use(async ({ ctx, input, next }) => {
    const result = await next();
    const registered = result.ok ? ZRegisteredMember.safeParse(result.data) : null;
    if (registered?.success) await nameRegistrationAuditTarget(ctx.db, ctx.staff.id, input.email, registered.data.id);
    return result;
  })
  .use(
    audited<TRegisterMemberInput>({
      action: "members.register",
      target: (input) => registrationAuditTarget(input.email),
      reason: (input) => input.reason,
    }),
  )
  .output(ZRegisteredMember)
  .mutation(({ ctx, input: { reason: _reason, merchantId: _merchantId, ...input } }) =>
    registerMember(ctx.stamps, ctx.merchant.stampsMerchantId, input),
  );
