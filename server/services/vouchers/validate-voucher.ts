import type { TValidateVoucherInput, TVoucherValidation } from "@/lib/schemas/vouchers";
import type { StampsClient } from "@/server/stamps";
import { toAppError } from "@/server/stamps/to-app-error";
import { voucherName } from "./voucher-summary";

/**
 * vouchers/validate. A voucher Stamps will not accept is an answer, not a failure: Stamps' refusal
 * (unknown code, not the owner's, expired…) becomes `isRedeemable: false` with its reason.
 */
export async function validateVoucher(
  stamps: StampsClient,
  merchant: number,
  input: TValidateVoucherInput,
): Promise<TVoucherValidation> {
  try {
    const result = await stamps.vouchers.validate({
      merchant,
      voucher_code: input.code,
      store: input.store,
      user: input.user || undefined,
      transaction_value: input.transactionValue,
    });
    const errors = "errors" in result ? describeErrors(result.errors) : null;
    return {
      isRedeemable: result.is_redeemable,
      reason: result.is_redeemable ? null : errors,
      voucher: {
        id: result.voucher.id,
        name: voucherName(result.voucher),
        value: result.voucher.value,
        startDate: result.voucher.start_date,
        endDate: result.voucher.end_date,
        validity: result.voucher.validity,
        extraData: result.voucher.extra_data,
      },
      owner: result.user ? { name: result.user.name, email: result.user.email, phone: result.user.phone } : null,
    };
  } catch (error) {
    const appError = toAppError(error);
    if (appError?.code !== "BAD_REQUEST" && appError?.code !== "NOT_FOUND") throw error;
    const reason = Object.values(appError.fieldErrors)[0] ?? appError.userMessage;
    return { isRedeemable: false, reason, voucher: null, owner: null };
  }
}

/** Stamps writes reasons as {"field": "message"} or a list of those. */
function describeErrors(errors: unknown): string | null {
  const maps = Array.isArray(errors) ? errors : [errors];
  const messages = maps.flatMap((map) =>
    map && typeof map === "object"
      ? Object.values(map as Record<string, unknown>).filter((m) => typeof m === "string")
      : [],
  );
  return messages.length ? messages.join(" ") : null;
}
