import { ZRedemptionMemberInput, ZVoucherOptions } from "@/lib/schemas/redemptions";
import { merchantProcedure } from "@/server/api/trpc";
import { findVoucherOptions } from "@/server/services/redemptions/find-voucher-options";

/** The member's usable vouchers, for the voucher picker. */
export const findVoucherOptionsProcedure = merchantProcedure("redemptions")
  .input(ZRedemptionMemberInput)
  .output(ZVoucherOptions)
  .query(({ ctx, input }) => findVoucherOptions(ctx.stamps, ctx.merchant, input.memberId));
