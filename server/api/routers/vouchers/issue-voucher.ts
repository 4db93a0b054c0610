import { ZIssueVoucherInput, ZVoucherSummary, type TIssueVoucherInput } from "@/lib/schemas/vouchers";
import { audited, merchantProcedure } from "@/server/api/trpc";
import { memberTarget } from "@/server/services/audit/audit-targets";
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
  .output(ZVoucherSummary)
  .mutation(({ ctx, input }) => issueVoucher(ctx, input));
