import type { TRedeemPromoCodeInput, TRedemptionResult } from "@/lib/schemas/redemptions";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";

const FIELDS = { promo_code: "promoCode", store: "storeId", invoice_number: "invoiceNumber" };

/** redeem-promo-code: what the code grants (bonus stamps, a reward, a voucher) is Stamps' to decide. */
export async function redeemPromoCode(
  stamps: StampsClient,
  merchant: { stampsMerchantId: number; timeZone: string },
  input: Omit<TRedeemPromoCodeInput, "reason">,
): Promise<TRedemptionResult> {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const answer = await withFormErrors(redemptionRefusals({ fields: FIELDS }), () =>
    stamps.redemptions.redeemPromoCode({
      user: member.identifier,
      promo_code: input.promoCode,
      store: input.storeId,
      invoice_number: input.invoiceNumber,
      request_id: input.requestId,
    }),
  );
  const reward = answer.redemption.reward;
  return {
    redemptionId: answer.redemption.id,
    status: answer.redemption.status,
    item: typeof reward === "string" ? reward : (reward?.name ?? input.promoCode),
    stampsUsed: answer.redemption.stamps_used,
    member: { id: member.id, name: member.name },
    stampsBefore: member.stamps,
    stampsAfter: answer.membership?.stamps ?? null,
    issuedVoucher: null,
  };
}
