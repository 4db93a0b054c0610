import type { TCancelRedemptionFields } from "./schemas/redemptions";

// What the back office sends to Stamps for a redemption form, written once: the service sends it and the
// confirmation shows it ("Sent to Stamps"), so the two cannot drift apart.

/** POST /api/redemptions/cancel's body. */
export function toCancelRedemptionRequest(values: TCancelRedemptionFields) {
  return { id: values.redemptionId, create_replacement_voucher: values.createReplacementVoucher };
}
