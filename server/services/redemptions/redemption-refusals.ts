import { AppError } from "@/server/errors";
import type { FormErrorOptions } from "@/server/stamps/to-form-error";

/** Stamps' error codes, said the way an agent can repeat to a member; `{m}` is Stamps' own message. */
const EXPLANATIONS: Record<string, string> = {
  insufficient_stamps: "The member doesn't have enough stamps for this. Stamps said: {m}.",
  invalid_stamps: "That number of stamps isn't allowed for this reward. Stamps said: {m}.",
  reward_unavailable: "This reward can't be redeemed any more: it has ended or was switched off.",
  membership_blocked:
    "This membership is blocked in Stamps, so it can't redeem anything. The merchant can unblock it in Stamps.",
  invalid_voucher_owner:
    "This voucher belongs to another member, so it can't be redeemed for this one. Check the code, or open the member who owns it.",
  voucher_already_used: "This voucher has already been used, so there is nothing left to redeem.",
  voucher_canceled: "This voucher was cancelled, so it can't be redeemed.",
  voucher_expired: "This voucher has expired. Stamps said: {m}.",
  voucher_not_yet_valid: "This voucher isn't valid yet. Stamps said: {m}.",
  invalid_voucher_store: "This voucher can't be redeemed at the chosen store. Pick a store where it is valid.",
  invalid_voucher_channel: "This voucher can't be redeemed through this channel.",
  insufficient_voucher_value: "The voucher doesn't have that much value left. Stamps said: {m}.",
  promo_code_already_used: "The member has already used this promo code as often as it allows.",
  promo_code_exhausted: "This promo code is used up: all of its redemptions have been taken.",
  promo_code_inactive: "This promo code is switched off.",
  promo_code_expired: "This promo code has expired. Stamps said: {m}.",
  promo_code_not_yet_valid: "This promo code isn't valid yet. Stamps said: {m}.",
  redemption_already_canceled: "This redemption was already cancelled earlier. Nothing changed.",
  issued_voucher_used: "This redemption can't be cancelled: the voucher it gave the member has already been used.",
  pin_not_set:
    "The member hasn't set a Stamps PIN, so they can't approve this. Ask them to set one in the Stamps app first.",
  pin_blocked: "Too many wrong PINs: Stamps blocked this request. Nothing was redeemed.",
  invalid_request_id: "This PIN request belongs to another member. Start the redemption again.",
};

/** Answers that mean "the member must approve this with their PIN first". */
const NEEDS_PIN = new Set(["unauthorized_request", "authorization_expired", "request_id_used"]);

function attemptsLeft(message: string): number | null {
  const match = /(\d+)\s+attempt/i.exec(message);
  return match ? Number(match[1]) : null;
}

/** The PIN answers: Stamps' several ways of saying "approve first", and wrong PINs counted down in words. */
function pinAnswer(appError: AppError, cause: unknown): AppError | null {
  const code = appError.upstreamCode;
  const base = { message: appError.message, cause };
  if ((code === undefined && "request_id" in appError.fieldErrors) || (code !== undefined && NEEDS_PIN.has(code))) {
    return new AppError("BAD_REQUEST", {
      ...base,
      upstreamCode: "pin_required",
      userMessage: "This merchant asks the member to approve redemptions with their Stamps PIN.",
    });
  }
  if (code !== "invalid_pin") return null;
  const left = attemptsLeft(appError.fieldErrors.pin ?? appError.userMessage);
  if (left === 0) {
    return new AppError("BAD_REQUEST", {
      ...base,
      upstreamCode: "pin_blocked",
      userMessage: EXPLANATIONS.pin_blocked!,
    });
  }
  const attempts = left === null ? "" : ` ${left} attempt${left === 1 ? "" : "s"} left.`;
  return new AppError("BAD_REQUEST", {
    ...base,
    upstreamCode: code,
    userMessage: `Invalid PIN.${attempts}`,
    fieldErrors: { pinSecret: `Invalid PIN.${attempts}` },
  });
}

/**
 * toFormError's options for a redemption form: its field names, with the redemption wordings. `explanations`
 * given here replace the general ones for those codes.
 */
export function redemptionRefusals(options: FormErrorOptions & { fields: Record<string, string> }): FormErrorOptions {
  return { ...options, special: pinAnswer, explanations: { ...EXPLANATIONS, ...options.explanations } };
}
