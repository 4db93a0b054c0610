import type { TIssueVoucherInput } from "@/lib/schemas/vouchers";
import { logger } from "@/server/logger";
import { resolveMember } from "@/server/services/members/resolve-member";
import type { StampsClient } from "@/server/stamps";
import { withFormErrors } from "@/server/stamps/to-form-error";

const FORM_FIELDS: Record<string, string> = { voucher_template: "templateId", start_date: "startDate" };

/**
 * vouchers/issue. Stamps answers with the voucher's id but not its code, so the code is then read from
 * the member's vouchers (the page that starts at that id). If that read fails the voucher is still
 * issued: the code is left null and shows in the member's Vouchers tab.
 */
export async function issueVoucher(stamps: StampsClient, merchant: number, input: Omit<TIssueVoucherInput, "reason">) {
  const { identifier: user } = await resolveMember(stamps, merchant, input.memberId);
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
  let listed: Awaited<ReturnType<StampsClient["vouchers"]["byMerchantGroup"]>>["vouchers"][number] | undefined;
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
  return {
    id: voucher.id,
    code: listed?.code ?? voucher.code,
    name: listed?.template?.name ?? voucher.name,
    startDate: voucher.start_date,
    endDate: voucher.end_date,
    quantity: voucher.quantity,
    value: voucher.value,
    notes: voucher.notes,
  };
}
