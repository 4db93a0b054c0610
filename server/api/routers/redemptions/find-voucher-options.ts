import { z } from "zod";
import { ZRedemptionMemberInput } from "@/lib/schemas/redemptions";
import { merchantProcedure } from "@/server/api/trpc";
import { listVoucherOptions } from "@/server/services/redemptions/list-voucher-options";
import { ZVoucherSummary } from "./redemption.schema";

/** The member's usable vouchers, for the voucher picker. */
export const findVoucherOptionsProcedure = merchantProcedure("redemptions")
  .input(ZRedemptionMemberInput)
  .output(z.array(ZVoucherSummary))
  .query(({ ctx, input }) => listVoucherOptions(ctx.stamps, ctx.merchant.stampsMerchantId, input.memberId));
