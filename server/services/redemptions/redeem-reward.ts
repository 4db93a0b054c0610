import { todayIn } from "@/lib/merchant-time";
import type { TRedeemRewardInput, TRedemptionResult } from "@/lib/schemas/redemptions";
import { resolveMember } from "@/server/services/members/resolve-member";
import { toVoucherSummary } from "@/server/services/vouchers/voucher-summary";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";

const FIELDS = { reward: "rewardId", stamps: "stamps", store: "storeId", invoice_number: "invoiceNumber" };

/** redeem-reward: spends the member's stamps on a reward; a voucher-type reward also issues a voucher. */
export async function redeemReward(
  stamps: StampsClient,
  merchant: { stampsMerchantId: number; timeZone: string },
  input: Omit<TRedeemRewardInput, "reason">,
): Promise<TRedemptionResult> {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const answer = await withFormErrors(redemptionRefusals({ fields: FIELDS }), () =>
    stamps.redemptions.redeemReward({
      user: member.identifier,
      reward: input.rewardId,
      store: input.storeId,
      stamps: input.stamps,
      invoice_number: input.invoiceNumber,
      request_id: input.requestId,
    }),
  );
  return {
    redemptionId: answer.redemption.id,
    status: answer.redemption.status,
    item: answer.reward?.name ?? (typeof answer.redemption.reward === "string" ? answer.redemption.reward : null),
    stampsUsed: answer.redemption.stamps_used,
    member: { id: member.id, name: member.name },
    stampsBefore: member.stamps,
    stampsAfter: answer.membership?.stamps ?? null,
    issuedVoucher: answer.voucher ? toVoucherSummary(answer.voucher, todayIn(merchant.timeZone)) : null,
  };
}
