import { todayIn } from "@/lib/merchant-time";
import type { TIssueVoucherInput, TVoucherSummary } from "@/lib/schemas/vouchers";
import { logger } from "@/server/logger";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { TStampsVoucher } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";
import type { VoucherScope } from "./find-member-vouchers";
import { toVoucherSummary } from "./voucher-summary";

const FORM_FIELDS: Record<string, string> = { voucher_template: "templateId", start_date: "startDate" };

/**
 * vouchers/issue. Stamps answers with the voucher's id but not its code, so the code is then read from
 * the member's vouchers (the page that starts at that id). If that read fails the voucher is still
 * issued: the code is left null and shows in the member's Vouchers tab.
 */
export async function issueVoucher(
  { stamps, merchant }: VoucherScope,
  input: Omit<TIssueVoucherInput, "reason">,
): Promise<TVoucherSummary> {
  const { identifier: user } = await resolveMember(stamps, merchant.stampsMerchantId, input.memberId);
  const { voucher } = await withFormErrors({ fields: FORM_FIELDS }, () =>
    stamps.vouchers.issue({
      user,
      voucher_template: input.templateId,
      start_date: input.startDate,
      quantity: input.quantity,
      notes: input.notes || undefined,
      value: input.value,
    }),
  );
  let listed: TStampsVoucher | undefined;
  try {
    const { vouchers } = await stamps.vouchers.byMerchantGroup({
      user,
      last_voucher_id: voucher.id > 1 ? voucher.id - 1 : undefined,
      per_page: 1,
    });
    listed = vouchers.find((candidate) => candidate.id === voucher.id);
  } catch (error) {
    logger.warn("vouchers.issue.code_lookup_failed", {
      voucherId: voucher.id,
      error: error instanceof Error ? error.message : error,
    });
  }
  const template = voucher.template ?? listed?.template ?? null;
  const constraint = voucher.constraint ?? listed?.constraint ?? null;
  return toVoucherSummary(
    { ...voucher, code: listed?.code ?? voucher.code, template, constraint },
    todayIn(merchant.timeZone),
  );
}
