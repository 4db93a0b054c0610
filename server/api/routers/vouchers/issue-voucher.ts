import { ZIssuedVoucher } from "@/lib/schemas/voucher-view";
import { ZIssueVoucherInput, type TIssueVoucherInput } from "@/lib/schemas/vouchers";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/find-member-activity";
import { issueVoucher } from "@/server/services/vouchers/issue-voucher";

export const issueVoucherProcedure = merchantProcedure("vouchers")
  .input(ZIssueVoucherInput)
  .use(
    audited<TIssueVoucherInput>({
      action: "vouchers.issue",
      target: (input) => memberTarget(input.memberId),
      reason: (input) => input.reason,
    }),
  )
  .output(ZIssuedVoucher)
  .mutation(({ ctx, input }) => issueVoucher(ctx.stamps, ctx.merchant.stampsMerchantId, input));
