import { todayIn } from "@/lib/merchant-time";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { VoucherScope } from "./find-member-vouchers";
import { toVoucherSummary } from "./voucher-summary";

/** vouchers/details: one of the member's vouchers with its texts. */
export async function getVoucher({ stamps, merchant }: VoucherScope, input: { memberId: number; code: string }) {
  const member = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const { voucher } = await stamps.vouchers.details({ user: member.identifier, code: input.code });
  return {
    ...toVoucherSummary(voucher, todayIn(merchant.timeZone)),
    description: voucher.template?.description ?? voucher.description,
    instructions: voucher.template?.instructions ?? voucher.instructions,
    termsAndConditions: voucher.terms_and_conditions ?? voucher.template?.terms_and_conditions ?? null,
    pictureUrl: voucher.template?.picture_url ?? voucher.picture_url,
    merchantCode: voucher.template?.merchant_code ?? null,
  };
}
