import { fieldInvalid } from "../http/errors";
import { redeemedVoucherJson } from "../vouchers/voucher-json";
import type { Stores } from "../db/stores";
import { customerJson, redemptionMembershipJson } from "../members/membership-json";
import { type RedeemVoucherInput, redeemVoucherInTransaction } from "./redeem-voucher";
import type { RequestContext } from "./request-context";
import { REDEMPTION_STATUS } from "./redemption-json";

type Common = {
  store: number;
  invoice_number?: string | undefined;
  channel?: number | undefined;
  request_id?: string | undefined;
  extra_data?: Record<string, unknown> | undefined;
};

/** redeem-voucher; deduct-value adds `value` */
export type RedeemVoucherRequest = Common & { user: string; voucher: number; value?: number | undefined };

/** by-voucher-code: `user` is the docs' other name for `identifier` */
export type RedeemByCodeRequest = Common & { identifier: string; voucher_code: string; voucher_template: number };

/**
 * POST /api/v2/redemptions/redeem-voucher, /api/vouchers/deduct-value and
 * /api/redemptions/by-voucher-code, each in one IMMEDIATE transaction.
 */
export function createVoucherRedemptions(deps: Stores) {
  /** One voucher use for the member (its PIN request, if any, used up), and the member after it. */
  const redeem = (
    ctx: RequestContext,
    request: Common,
    use: Pick<RedeemVoucherInput, "storeId" | "member" | "voucher" | "deduct" | "field">,
  ) => {
    deps.pins.consume(ctx, use.member.id, request.request_id, new Set());
    const redemption = redeemVoucherInTransaction(deps, ctx, {
      ...use,
      invoiceNumber: request.invoice_number,
      channel: request.channel,
      requestId: request.request_id,
      extraData: request.extra_data,
    });
    return { redemption, after: deps.store.membership(use.member.id) ?? use.member };
  };

  const byId = deps.sqlite.transaction((merchantId: number, request: RedeemVoucherRequest) => {
    const ctx = deps.context.begin(merchantId);
    const storeId = deps.context.requireStore(ctx, request.store);
    const member = deps.context.requireMembership(ctx, request.user);
    const voucher = deps.vouchers.byId(merchantId, request.voucher);
    if (!voucher) throw fieldInvalid("voucher", "Voucher does not exist");
    const { redemption, after } = redeem(ctx, request, {
      storeId,
      member,
      voucher,
      deduct: request.value,
      field: "voucher",
    });
    return {
      redemption: {
        id: redemption.redemptionId,
        reward: redemption.voucher.template.name,
        stamps_used: 0,
        extra_data: redemption.extraData,
      },
      membership: redemptionMembershipJson(after, ctx.merchant.timeZone),
      voucher: redeemedVoucherJson(redemption.voucher),
    };
  });

  const byCode = deps.sqlite.transaction((merchantId: number, request: RedeemByCodeRequest) => {
    const ctx = deps.context.begin(merchantId);
    const storeId = deps.context.requireStore(ctx, request.store);
    const member = deps.context.requireMembership(ctx, request.identifier, "identifier");
    const voucher = deps.vouchers.byCode(merchantId, request.voucher_code);
    if (!voucher) throw fieldInvalid("voucher_code", "Voucher does not exist");
    if (voucher.templateId !== request.voucher_template) {
      throw fieldInvalid("voucher_template", "The voucher code does not belong to this voucher template");
    }
    const { redemption, after } = redeem(ctx, request, { storeId, member, voucher, field: "voucher_code" });
    return {
      redemption: { id: redemption.redemptionId, status: REDEMPTION_STATUS.created },
      customer: customerJson(after),
    };
  });

  return {
    redeemVoucher: (merchantId: number, request: RedeemVoucherRequest) => byId.immediate(merchantId, request),
    redeemByCode: (merchantId: number, request: RedeemByCodeRequest) => byCode.immediate(merchantId, request),
  };
}
