import { createTRPCRouter } from "@/server/api/trpc";
import { authorizeRedemptionProcedure } from "./authorize-redemption";
import { cancelRedemptionProcedure } from "./cancel-redemption";
import { findMemberRedemptionsProcedure } from "./find-member-redemptions";
import { findRewardOptionsProcedure } from "./find-reward-options";
import { findVoucherOptionsProcedure } from "./find-voucher-options";
import { redeemPromoCodeProcedure } from "./redeem-promo-code";
import { redeemRewardProcedure } from "./redeem-reward";
import { redeemVoucherProcedure } from "./redeem-voucher";
import { redeemVoucherCodeProcedure } from "./redeem-voucher-code";

export const redemptionsRouter = createTRPCRouter({
  authorize: authorizeRedemptionProcedure,
  cancel: cancelRedemptionProcedure,
  findMemberRedemptions: findMemberRedemptionsProcedure,
  findRewardOptions: findRewardOptionsProcedure,
  findVoucherOptions: findVoucherOptionsProcedure,
  redeemPromoCode: redeemPromoCodeProcedure,
  redeemReward: redeemRewardProcedure,
  redeemVoucher: redeemVoucherProcedure,
  redeemVoucherCode: redeemVoucherCodeProcedure,
});
