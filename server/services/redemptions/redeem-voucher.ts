import type { TRedeemVoucherInput, TRedemptionResult } from "@/lib/schemas/redemptions";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";

const FIELDS = {
  voucher: "voucherId",
  user: "voucherId",
  store: "storeId",
  invoice_number: "invoiceNumber",
  value: "deductValue",
};

/**
 * Uses one of the member's vouchers at a store: redeem-voucher, or deduct-value when an amount is
 * given (vouchers that hold a balance are spent by amount until used up).
 */
export async function redeemVoucher(
  stamps: StampsClient,
  merchant: { stampsMerchantId: number; timeZone: string },
  input: Omit<TRedeemVoucherInput, "reason">,
): Promise<TRedemptionResult> {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const request = {
    user: member.identifier,
    voucher: input.voucherId,
    store: input.storeId,
    invoice_number: input.invoiceNumber,
    request_id: input.requestId,
  };
  const answer = await withFormErrors(redemptionRefusals({ fields: FIELDS }), () =>
    input.deductValue === undefined
      ? stamps.redemptions.redeemVoucher(request)
      : stamps.redemptions.deductValue({ ...request, value: input.deductValue }),
  );
  const reward = answer.redemption.reward;
  return {
    redemptionId: answer.redemption.id,
    status: answer.redemption.status,
    item: answer.voucher?.name ?? (typeof reward === "string" ? reward : (reward?.name ?? null)),
    stampsUsed: answer.redemption.stamps_used,
    member: { id: member.id, name: member.name },
    stampsBefore: member.stamps,
    stampsAfter: answer.membership?.stamps ?? null,
    issuedVoucher: null,
  };
}
