import { createTRPCRouter } from "@/server/api/trpc";
import { countMemberVouchersProcedure } from "./count-member-vouchers";
import { findMemberVouchersProcedure } from "./find-member-vouchers";
import { getVoucherProcedure } from "./get-voucher";
import { issueVoucherProcedure } from "./issue-voucher";
import { validateVoucherProcedure } from "./validate-voucher";

export const vouchersRouter = createTRPCRouter({
  countMemberVouchers: countMemberVouchersProcedure,
  findMemberVouchers: findMemberVouchersProcedure,
  get: getVoucherProcedure,
  issue: issueVoucherProcedure,
  validate: validateVoucherProcedure,
});
