import { z } from "zod";
import type { StampsCall } from "../client";
import { ZChannel, ZExtraDataInput, ZPositiveInt, orNull } from "../schemas/common";
import { ZStampsCustomerSummary, ZStampsMembership, ZStampsUser } from "../schemas/member";
import { ZStampsRedemption } from "../schemas/redemption";
import { ZStampsReward } from "../schemas/reward";
import { ZStampsVoucher } from "../schemas/voucher";

/** Who redeems, where, and the PIN authorization's request_id when the merchant uses one. */
const ZRedemptionContext = z.object({
  /** Email or member ID. */
  user: z.string().min(1),
  store: ZPositiveInt,
  invoice_number: z.string().min(1).optional(),
  channel: ZChannel.optional(),
  request_id: z.string().min(1).optional(),
});

export const ZStampsRedeemRewardInput = ZRedemptionContext.extend({
  reward: ZPositiveInt,
  /** Required for a flexible reward. */
  stamps: z.number().int().positive().optional(),
  qty: z.number().positive().optional(),
  extra_data: ZExtraDataInput.optional(),
});
export type TStampsRedeemRewardInput = z.input<typeof ZStampsRedeemRewardInput>;

export const ZStampsRedeemVoucherInput = ZRedemptionContext.extend({
  voucher: ZPositiveInt,
  extra_data: ZExtraDataInput.optional(),
});
export type TStampsRedeemVoucherInput = z.input<typeof ZStampsRedeemVoucherInput>;

/** For vouchers with a dynamic value: takes `value` off the voucher. */
export const ZStampsDeductVoucherValueInput = ZStampsRedeemVoucherInput.extend({ value: z.number().positive() });
export type TStampsDeductVoucherValueInput = z.input<typeof ZStampsDeductVoucherValueInput>;

export const ZStampsRedeemByVoucherCodeInput = z.object({
  user: z.string().min(1),
  voucher_code: z.string().min(1),
  voucher_template: ZPositiveInt.optional(),
  store: ZPositiveInt,
});
export type TStampsRedeemByVoucherCodeInput = z.input<typeof ZStampsRedeemByVoucherCodeInput>;

export const ZStampsRedeemPromoCodeInput = ZRedemptionContext.extend({
  promo_code: z.string().min(1),
  invoice_number: z.string().min(1),
});
export type TStampsRedeemPromoCodeInput = z.input<typeof ZStampsRedeemPromoCodeInput>;

export const ZStampsCancelRedemptionInput = z.object({
  id: ZPositiveInt,
  /** Stamps defaults to false. */
  create_replacement_voucher: z.boolean().optional(),
});
export type TStampsCancelRedemptionInput = z.input<typeof ZStampsCancelRedemptionInput>;

export const ZStampsAuthorizeRedemptionInput = z.object({
  user: z.string().min(1),
  pin: z.string().regex(/^\d{6}$/, "The PIN is 6 digits"),
  request_id: z.string().min(1),
  /** How long the authorization stays valid, in seconds. */
  timeout: ZPositiveInt,
});
export type TStampsAuthorizeRedemptionInput = z.input<typeof ZStampsAuthorizeRedemptionInput>;

export const ZStampsRedeemMultipleRewardsInput = ZRedemptionContext.omit({ request_id: true }).extend({
  rewards: z
    .array(
      z.object({
        /** The reward's code; the documents' example uses the numeric ID. */
        code: z.union([ZPositiveInt, z.string().min(1)]),
        qty: z.number().positive().optional(),
        /** Required for a flexible reward. */
        stamps: z.number().int().positive().optional(),
        request_id: z.string().min(1).optional(),
      }),
    )
    .min(1),
});
export type TStampsRedeemMultipleRewardsInput = z.input<typeof ZStampsRedeemMultipleRewardsInput>;

const ZVoucherRedemptionResponse = z.object({
  redemption: ZStampsRedemption,
  membership: orNull(ZStampsMembership),
  voucher: orNull(ZStampsVoucher),
});
const ZRedemptionWithCustomer = z.object({
  redemption: ZStampsRedemption,
  customer: orNull(ZStampsCustomerSummary),
});

export function redemptionEndpoints(call: StampsCall) {
  return {
    /** POST /api/v2/redemptions/redeem-reward: `voucher` is set when the reward is a voucher. */
    redeemReward: async (input: TStampsRedeemRewardInput) =>
      call({
        method: "POST",
        path: "/api/v2/redemptions/redeem-reward",
        body: ZStampsRedeemRewardInput.parse(input),
        response: ZVoucherRedemptionResponse.extend({ reward: orNull(ZStampsReward) }),
      }),

    /** POST /api/v2/redemptions/redeem-voucher. */
    redeemVoucher: async (input: TStampsRedeemVoucherInput) =>
      call({
        method: "POST",
        path: "/api/v2/redemptions/redeem-voucher",
        body: ZStampsRedeemVoucherInput.parse(input),
        response: ZVoucherRedemptionResponse,
      }),

    /** POST /api/vouchers/deduct-value: a partial redemption of a dynamic-value voucher. */
    deductValue: async (input: TStampsDeductVoucherValueInput) =>
      call({
        method: "POST",
        path: "/api/vouchers/deduct-value",
        body: ZStampsDeductVoucherValueInput.parse(input),
        response: ZVoucherRedemptionResponse,
      }),

    /**
     * POST /api/redemptions/by-voucher-code. The document's JSON example names the member `identifier`,
     * its cURL example `user`; we send both, with the same value.
     */
    byVoucherCode: async (input: TStampsRedeemByVoucherCodeInput) => {
      const body = ZStampsRedeemByVoucherCodeInput.parse(input);
      return call({
        method: "POST",
        path: "/api/redemptions/by-voucher-code",
        body: { ...body, identifier: body.user },
        response: ZRedemptionWithCustomer,
      });
    },

    /** POST /api/v3/redemptions/redeem-promo-code. */
    redeemPromoCode: async (input: TStampsRedeemPromoCodeInput) =>
      call({
        method: "POST",
        path: "/api/v3/redemptions/redeem-promo-code",
        body: ZStampsRedeemPromoCodeInput.parse(input),
        response: z.object({
          redemption: ZStampsRedemption,
          user: orNull(ZStampsUser),
          membership: orNull(ZStampsMembership),
        }),
      }),

    /** POST /api/redemptions/cancel: gives the stamps back, and optionally a replacement voucher. */
    cancel: async (input: TStampsCancelRedemptionInput) =>
      call({
        method: "POST",
        path: "/api/redemptions/cancel",
        body: ZStampsCancelRedemptionInput.parse(input),
        response: ZRedemptionWithCustomer,
      }),

    /** POST /api/redemptions/authorize: the member's PIN approves the redemption with this request_id. */
    authorize: async (input: TStampsAuthorizeRedemptionInput) =>
      call({
        method: "POST",
        path: "/api/redemptions/authorize",
        body: ZStampsAuthorizeRedemptionInput.parse(input),
        response: z.object({ status: z.string() }),
      }),

    /**
     * POST /api/v2/redemptions/redeem-multiple-rewards. The document shows one `redemption` object for
     * several rewards; we accept an object or a list and always return the list.
     */
    redeemMultipleRewards: async (input: TStampsRedeemMultipleRewardsInput) =>
      call({
        method: "POST",
        path: "/api/v2/redemptions/redeem-multiple-rewards",
        body: ZStampsRedeemMultipleRewardsInput.parse(input),
        response: z
          .object({
            redemption: z.union([ZStampsRedemption, z.array(ZStampsRedemption)]),
            membership: orNull(ZStampsMembership),
          })
          .transform(({ redemption, membership }) => ({
            redemptions: Array.isArray(redemption) ? redemption : [redemption],
            membership,
          })),
      }),
  };
}
