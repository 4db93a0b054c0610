import { fieldInvalid } from "../http/errors";
import type { Stores } from "../db/stores";
import { issueVoucher } from "./issue-voucher";
import { issuedVoucherJson } from "./voucher-json";

export type IssueVoucherRequest = {
  user: string;
  voucher_template: number;
  start_date: string;
  quantity: number;
  notes?: string | undefined;
  value?: number | undefined;
};

/** POST /api/vouchers/issue, in one IMMEDIATE transaction (the issuance limit is a read-check-write). */
export function createIssueVoucher(deps: Stores) {
  const run = deps.sqlite.transaction((merchantId: number, request: IssueVoucherRequest) => {
    const ctx = deps.context.begin(merchantId);
    const member = deps.context.requireMembership(ctx, request.user);
    const template = deps.vouchers.template(merchantId, request.voucher_template);
    if (!template) throw fieldInvalid("voucher_template", "Voucher template does not exist");
    const id = issueVoucher(deps.vouchers, {
      template,
      membershipId: member.id,
      startDate: request.start_date,
      quantity: request.quantity,
      value: request.value,
      notes: request.notes,
      source: "api",
      now: ctx.now,
    });
    const voucher = deps.vouchers.byId(merchantId, id);
    if (!voucher) throw new Error(`Issued voucher ${id} is gone`);
    return { voucher: issuedVoucherJson(voucher), customer: { id: member.userId, email: member.email } };
  });
  return (merchantId: number, request: IssueVoucherRequest) => run.immediate(merchantId, request);
}
