import type { StampsClient } from "@/server/stamps";
import { merchantToday, toVoucherSummary } from "./voucher-view";

/** vouchers/details: one of the member's vouchers with its texts. */
export async function getVoucher(
  { stamps, timeZone }: { stamps: StampsClient; timeZone: string },
  input: { user: string; code: string },
) {
  const { voucher } = await stamps.vouchers.details({ user: input.user, code: input.code });
  return {
    ...toVoucherSummary(voucher, merchantToday(timeZone)),
    description: voucher.template?.description ?? voucher.description,
    instructions: voucher.template?.instructions ?? voucher.instructions,
    termsAndConditions: voucher.terms_and_conditions ?? voucher.template?.terms_and_conditions ?? null,
    pictureUrl: voucher.template?.picture_url ?? voucher.picture_url,
    merchantCode: voucher.template?.merchant_code ?? null,
  };
}
