import type { TRedeemVoucherCodeInput, TRedemptionResult } from "@/lib/schemas/redemptions";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import { redemptionRefusals } from "./redemption-refusals";

const FIELDS = {
  voucher_code: "voucherCode",
  user: "voucherCode",
  identifier: "voucherCode",
  voucher_template: "voucherTemplateId",
  store: "storeId",
};

/** The template of a code the member already holds; unknown for codes that are nobody's yet. */
async function templateOf(stamps: StampsClient, user: string, code: string): Promise<number | undefined> {
  try {
    const { voucher } = await stamps.vouchers.details({ user, code });
    return voucher.template?.id;
  } catch {
    return undefined;
  }
}

/** redemptions/by-voucher-code: redeems a voucher by the code the member shows. */
export async function redeemVoucherCode(
  stamps: StampsClient,
  merchant: { stampsMerchantId: number; timeZone: string },
  input: Omit<TRedeemVoucherCodeInput, "reason">,
): Promise<TRedemptionResult> {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const template = input.voucherTemplateId ?? (await templateOf(stamps, member.identifier, input.voucherCode));
  const answer = await withFormErrors(redemptionRefusals({ fields: FIELDS }), () =>
    stamps.redemptions.byVoucherCode({
      user: member.identifier,
      voucher_code: input.voucherCode,
      voucher_template: template,
      store: input.storeId,
    }),
  );
  const reward = answer.redemption.reward;
  return {
    redemptionId: answer.redemption.id,
    status: answer.redemption.status,
    item: typeof reward === "string" ? reward : (reward?.name ?? input.voucherCode),
    stampsUsed: answer.redemption.stamps_used,
    member: { id: member.id, name: member.name },
    stampsBefore: member.stamps,
    stampsAfter: answer.customer?.stamps_remaining ?? null,
    issuedVoucher: null,
  };
}
