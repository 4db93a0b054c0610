import { AppError } from "@/server/errors";
import { toAppError } from "@/server/stamps/to-app-error";

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
  voucher_canceled: "This voucher was canceled, so it can't be redeemed.",
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
  redemption_already_canceled: "This redemption was already canceled earlier. Nothing changed.",
  issued_voucher_used: "This redemption can't be canceled: the voucher it gave the member has already been used.",
  pin_not_set:
    "The member hasn't set a Stamps PIN, so they can't approve this. Ask them to set one in the Stamps app first.",
  pin_blocked: "Too many wrong PINs: Stamps blocked this request. Nothing was redeemed.",
  invalid_request_id: "This PIN request belongs to another member. Start the redemption again.",
};

/** Answers that mean "the member must approve this with their PIN first". */
const NEEDS_PIN = new Set(["unauthorized_request", "authorization_expired", "request_id_used"]);

export type ErrorContext = {
  /** Stamps' request field → the form field that shows its error; unlisted fields only reach the message. */
  fields: Record<string, string>;
  /** What to say for a 404, naming what was asked for. */
  notFound?: string;
  /** Per-action wording that replaces the general one for a code. */
  explanations?: Record<string, string>;
};

const bare = (text: string) => text.trim().replace(/[.!]+$/, "");

function attemptsLeft(message: string): number | null {
  const match = /(\d+)\s+attempt/i.exec(message);
  return match ? Number(match[1]) : null;
}

/** Turns Stamps' refusal into plain words, with its field errors named after the form's fields. */
export function explainRedemptionError(error: unknown, context: ErrorContext): unknown {
  const appError = toAppError(error);
  if (!appError) return error;
  const stampsFields = appError.fieldErrors;
  const code = appError.upstreamCode;
  const base = { message: appError.message, cause: error };

  if ((code === undefined && "request_id" in stampsFields) || (code !== undefined && NEEDS_PIN.has(code))) {
    return new AppError("BAD_REQUEST", {
      ...base,
      upstreamCode: "pin_required",
      userMessage: "This merchant asks the member to approve redemptions with their Stamps PIN.",
    });
  }
  if (code === "invalid_pin") {
    const left = attemptsLeft(stampsFields.pin ?? appError.userMessage);
    if (left === 0)
      return new AppError("BAD_REQUEST", {
        ...base,
        upstreamCode: "pin_blocked",
        userMessage: EXPLANATIONS.pin_blocked!,
      });
    const attempts = left === null ? "" : ` ${left} attempt${left === 1 ? "" : "s"} left.`;
    return new AppError("BAD_REQUEST", {
      ...base,
      upstreamCode: code,
      userMessage: `Invalid PIN.${attempts}`,
      fieldErrors: { pinSecret: `Invalid PIN.${attempts}` },
    });
  }
  if (appError.code === "NOT_FOUND" && context.notFound) {
    return new AppError("NOT_FOUND", { ...base, upstreamCode: code, userMessage: context.notFound });
  }

  const stampsMessages = Object.values(stampsFields);
  const first = stampsMessages[0] ?? appError.userMessage;
  const template = code === undefined ? undefined : (context.explanations?.[code] ?? EXPLANATIONS[code]);
  const userMessage = template
    ? template.replace("{m}", `“${bare(first)}”`)
    : code === undefined && stampsMessages.length > 0
      ? `Stamps refused this: ${stampsMessages.map(bare).join("; ")}.`
      : appError.userMessage;
  const fieldErrors = Object.fromEntries(
    Object.entries(stampsFields).flatMap(([field, message]) =>
      context.fields[field] ? [[context.fields[field], message] as const] : [],
    ),
  );
  return new AppError(appError.code, { ...base, userMessage, fieldErrors, upstreamCode: code });
}

export async function withRedemptionErrors<T>(context: ErrorContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw explainRedemptionError(error, context);
  }
}
