import type { Hono } from "hono";
import { z } from "zod";
import {
  bodyBoolean,
  bodyChannel,
  bodyIdOrCode,
  bodyInteger,
  bodyJsonObject,
  bodyList,
  bodyNumber,
  bodyObject,
  bodyPositiveInteger,
  bodyString,
} from "../http/body-fields";
import { readRequestData } from "../http/body";
import type { EmulatorEnv } from "../http/env";
import type { RouteDeps } from "../http/route-deps";
import { mountResource } from "../http/resource";
import { FIELD_REQUIRED, parseInput } from "../http/validation";
import { createRedeemPromoCode } from "../promo/redeem-promo-code";
import { createAuthorizeRedemption } from "../redemptions/authorize-redemption";
import { createCancelRedemption } from "../redemptions/cancel-redemption";
import { createRedeemMultipleRewards } from "../redemptions/redeem-multiple-rewards";
import { createRedeemReward } from "../redemptions/redeem-reward-service";
import { createVoucherRedemptions } from "../redemptions/redeem-voucher-service";

const redemptionFields = {
  store: bodyInteger.required(),
  invoice_number: bodyString.optional(),
  channel: bodyChannel.optional(),
  request_id: bodyString.optional(),
  extra_data: bodyJsonObject.optional(),
};

const ZRedeemReward = z.object({
  user: bodyString.required(),
  reward: bodyIdOrCode.required(),
  ...redemptionFields,
  stamps: bodyPositiveInteger.optional(),
  qty: bodyPositiveInteger.optional(),
});

const ZRedeemVoucher = z.object({ user: bodyString.required(), voucher: bodyInteger.required(), ...redemptionFields });

const ZDeductValue = ZRedeemVoucher.extend({
  value: bodyNumber.required().refine((value) => value > 0, { error: "Ensure this value is greater than 0." }),
});

// The docs name the member `identifier` in the JSON example and `user` in the cURL one.
const ZRedeemByCode = z
  .object({
    identifier: bodyString.optional(),
    user: bodyString.optional(),
    voucher_code: bodyString.required(),
    voucher_template: bodyInteger.required(),
    ...redemptionFields,
  })
  .meta({ anyOf: [{ required: ["identifier"] }, { required: ["user"] }] })
  .transform(({ identifier, user, ...rest }, ctx) => {
    const member = identifier ?? user;
    if (member === undefined) {
      ctx.addIssue({ code: "custom", message: FIELD_REQUIRED, path: ["identifier"] });
      return z.NEVER;
    }
    return { identifier: member, ...rest };
  });

// invoice_number is "Yes" in the parameter table but missing from the cURL example; both are accepted.
const ZRedeemPromoCode = z.object({
  user: bodyString.required(),
  promo_code: bodyString.required(),
  ...redemptionFields,
});

const ZCancelRedemption = z.object({ id: bodyInteger.required(), create_replacement_voucher: bodyBoolean.optional() });

const ZAuthorize = z.object({
  user: bodyString.required(),
  pin: bodyString.required().refine((pin) => /^\d{6}$/.test(pin), { error: "PIN must be a 6 digit string" }),
  request_id: bodyString.required(),
  timeout: bodyPositiveInteger.required(),
});

const ZRedeemMultipleRewards = z.object({
  user: bodyString.required(),
  store: bodyInteger.required(),
  rewards: bodyList(
    bodyObject({
      code: bodyIdOrCode.required(),
      qty: bodyPositiveInteger.optional(),
      stamps: bodyPositiveInteger.optional(),
      request_id: bodyString.optional(),
      extra_data: bodyJsonObject.optional(),
    }),
  ).required(),
  invoice_number: bodyString.optional(),
  channel: bodyChannel.optional(),
});

export function mountRedemptionRoutes(app: Hono<EmulatorEnv>, deps: RouteDeps): void {
  const { auth, stores } = deps;
  const redeemReward = createRedeemReward(stores);
  const { redeemVoucher, redeemByCode } = createVoucherRedemptions(stores);
  const redeemPromoCode = createRedeemPromoCode(stores);
  const cancel = createCancelRedemption(stores);
  const authorize = createAuthorizeRedemption(stores);
  const redeemMultiple = createRedeemMultipleRewards(stores);

  const post = <T extends z.ZodType>(
    path: string,
    name: string,
    schema: T,
    handle: (merchantId: number, input: z.output<T>) => object,
  ) =>
    mountResource(app, path, {
      name,
      auth,
      input: { POST: { body: schema } },
      handlers: {
        POST: async (c) => {
          const input = parseInput(schema, await readRequestData(c));
          return c.json(handle(c.get("tokenMerchantId"), input));
        },
      },
    });

  post("/api/v2/redemptions/redeem-reward", "Redeem Reward", ZRedeemReward, redeemReward);
  post("/api/v2/redemptions/redeem-voucher", "Redeem Voucher", ZRedeemVoucher, redeemVoucher);
  post("/api/vouchers/deduct-value", "Deduct Voucher Value", ZDeductValue, redeemVoucher);
  post("/api/redemptions/by-voucher-code", "Redemption By Voucher Code", ZRedeemByCode, redeemByCode);
  post("/api/v3/redemptions/redeem-promo-code", "Redeem Promo Code", ZRedeemPromoCode, redeemPromoCode);
  post("/api/redemptions/cancel", "Cancel Redemption", ZCancelRedemption, cancel);
  post("/api/redemptions/authorize", "Authorize Redemption", ZAuthorize, authorize);
  post(
    "/api/v2/redemptions/redeem-multiple-rewards",
    "Redeem Multiple Rewards",
    ZRedeemMultipleRewards,
    redeemMultiple,
  );
}
