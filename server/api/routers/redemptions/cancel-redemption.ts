import { ZCancelRedemptionInput, type TCancelRedemptionInput } from "@/lib/schemas/redemptions";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/find-member-activity";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { cancelRedemption } from "@/server/services/redemptions/cancel-redemption";
import { ZCanceledRedemption } from "./redemption.schema";

const ACTION = "redemptions.cancel";

export const cancelRedemptionProcedure = merchantProcedure("redemptions")
  .input(ZCancelRedemptionInput)
  .use(
    audited<TCancelRedemptionInput>({
      action: ACTION,
      target: (input) => memberTarget(input.memberId),
      reason: (input) => input.reason,
    }),
  )
  .output(ZCanceledRedemption)
  .mutation(({ ctx, input: { merchantId, reason, ...input } }) =>
    cancelRedemption(ctx.stamps, ctx.merchant.stampsMerchantId, input, {
      // The audit event names the member the agent entered; the owner's page must show the cancel too.
      onOtherMember: (ownerId) =>
        recordAuditEvent(ctx.db, {
          actor: { id: ctx.staff.id, email: ctx.staff.email },
          merchantId,
          action: ACTION,
          target: memberTarget(ownerId),
          reason,
          request: { merchantId, ...input },
          outcome: "OK",
          message: `Redemption ${input.redemptionId} belonged to this member, not to member ${input.memberId} as entered.`,
        }),
    }),
  );
