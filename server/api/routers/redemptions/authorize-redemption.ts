import {
  ZAuthorizedRedemption,
  ZAuthorizeRedemptionInput,
  type TAuthorizeRedemptionInput,
} from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { authorizeRedemption } from "@/server/services/redemptions/authorize-redemption";

/** The member's PIN approves a redemption request; the PIN itself is redacted from the audit log. */
export const authorizeRedemptionProcedure = merchantProcedure("redemptions")
  .input(ZAuthorizeRedemptionInput)
  .use(
    audited<TAuthorizeRedemptionInput>({
      action: "redemptions.authorize",
      target: (input) => memberTarget(input.memberId),
      reason: (input) => input.reason,
    }),
  )
  .output(ZAuthorizedRedemption)
  .mutation(({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) =>
    authorizeRedemption(ctx.stamps, ctx.merchant, input),
  );
