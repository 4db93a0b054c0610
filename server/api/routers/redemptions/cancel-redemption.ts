import {
  ZCanceledRedemption,
  ZCancelRedemptionInput,
  type TCanceledRedemption,
  type TCancelRedemptionInput,
} from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
import { cancelRedemption } from "@/server/services/redemptions/cancel-redemption";
import { markRedemptionCanceled } from "@/server/services/redemptions/recorded-redemptions";

/** When Stamps says the redemption was another member's, both members' pages show the cancel. */
export const cancelRedemptionProcedure = merchantProcedure("redemptions")
  .input(ZCancelRedemptionInput)
  .use(
    audited<TCancelRedemptionInput, TCanceledRedemption>({
      action: "redemptions.cancel",
      target: (input, output) =>
        output?.enteredMemberId
          ? [memberTarget(input.memberId), memberTarget(output.member.id)]
          : memberTarget(input.memberId),
      reason: (input) => input.reason,
      note: (input, output) =>
        output.enteredMemberId
          ? `Redemption ${input.redemptionId} belonged to member ${output.member.id}, not to member ${output.enteredMemberId} as entered.`
          : null,
    }),
  )
  .output(ZCanceledRedemption)
  .mutation(async ({ ctx, input: { merchantId: _merchantId, reason: _reason, ...input } }) => {
    const result = await cancelRedemption(ctx.stamps, ctx.merchant, input);
    await markRedemptionCanceled(ctx.db, ctx.merchant.id, result.redemptionId);
    return result;
  });
