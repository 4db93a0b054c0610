import { fieldInvalid, ruleViolation } from "../http/errors";
import type { Stores } from "../db/stores";
import { promoMembershipJson, promoUserJson } from "../members/membership-json";
import type { Membership } from "../members/membership-store";
import type { RequestContext } from "../redemptions/request-context";
import { issueVoucher, validityStart } from "../vouchers/issue-voucher";
import { rewardVoucherJson } from "../vouchers/voucher-json";
import type { PromoCodeRow } from "./promo-store";

export type RedeemPromoCodeRequest = {
  user: string;
  store: number;
  promo_code: string;
  invoice_number?: string | undefined;
  channel?: number | undefined;
  request_id?: string | undefined;
  extra_data?: Record<string, unknown> | undefined;
};

/**
 * POST /api/v3/redemptions/redeem-promo-code. A code grants what it is set up with: bonus stamps,
 * a reward (free), a voucher from a template, or only itself (a discount the POS applies). Limits
 * per code and per member are checked and counted in the same IMMEDIATE transaction.
 */
export function createRedeemPromoCode(deps: Stores) {
  const { promos } = deps;

  const run = deps.sqlite.transaction((merchantId: number, request: RedeemPromoCodeRequest) => {
    const ctx = deps.context.begin(merchantId);
    const storeId = deps.context.requireStore(ctx, request.store);
    const member = deps.context.requireMembership(ctx, request.user);
    const promo = promos.find(merchantId, request.promo_code);
    if (!promo) throw fieldInvalid("promo_code", "Promo code does not exist");
    if (member.isBlocked) throw ruleViolation("user", "This membership is blocked", "membership_blocked");
    checkAvailable(promo, ctx.today);
    const perUser = promo.maxRedemptionsPerUser;
    if (perUser !== null && promos.usesByMember(promo.id, member.id) >= perUser) {
      throw ruleViolation("promo_code", "This member has already used this promo code", "promo_code_already_used");
    }
    if (!promos.countUse(promo.id)) {
      throw ruleViolation("promo_code", "This promo code has been fully redeemed", "promo_code_exhausted");
    }
    deps.pins.consume(ctx, member.id, request.request_id, new Set());

    if (promo.bonusStamps > 0) deps.store.addStamps(member.id, promo.bonusStamps);
    const reward = promo.rewardId === null ? undefined : deps.store.rewardById(merchantId, promo.rewardId);
    const issuedVoucherId = grantVoucher(deps, ctx, member, promo, reward?.type === "voucher" ? reward : undefined);
    const extraData = request.extra_data ?? {};
    const redemptionId = deps.store.insertRedemption({
      merchantId,
      storeId,
      membershipId: member.id,
      kind: "promo_code",
      rewardId: reward?.id ?? null,
      voucherId: null,
      promoCodeId: promo.id,
      transactionId: null,
      stampsUsed: 0,
      value: null,
      qty: 1,
      invoiceNumber: request.invoice_number ?? null,
      channel: request.channel ?? null,
      requestId: request.request_id ?? null,
      extraData: JSON.stringify(extraData),
      issuedVoucherId,
      createdAt: ctx.nowText,
    });

    const after = deps.store.membership(member.id) ?? member;
    const voucher = issuedVoucherId === null ? undefined : deps.vouchers.byId(merchantId, issuedVoucherId);
    return {
      redemption: { id: redemptionId, reward: reward?.name ?? promo.name, stamps_used: 0, extra_data: extraData },
      user: promoUserJson(after),
      membership: promoMembershipJson(after, ctx.merchant.timeZone),
      ...(voucher ? { voucher: rewardVoucherJson(voucher) } : {}),
    };
  });
  return (merchantId: number, request: RedeemPromoCodeRequest) => run.immediate(merchantId, request);
}

function checkAvailable(promo: PromoCodeRow, today: string): void {
  if (!promo.isActive) throw ruleViolation("promo_code", "This promo code is not active", "promo_code_inactive");
  if (promo.startDate !== null && today < promo.startDate) {
    throw ruleViolation("promo_code", `This promo code is valid from ${promo.startDate}`, "promo_code_not_yet_valid");
  }
  if (promo.endDate !== null && today > promo.endDate) {
    throw ruleViolation("promo_code", `This promo code expired on ${promo.endDate}`, "promo_code_expired");
  }
}

/** The voucher a code hands out: its own template's, else that of a reward of type voucher. */
function grantVoucher(
  deps: Stores,
  ctx: RequestContext,
  member: Membership,
  promo: PromoCodeRow,
  voucherReward: { voucherTemplateId: number | null } | undefined,
): number | null {
  const templateId = promo.voucherTemplateId ?? voucherReward?.voucherTemplateId ?? null;
  const template = templateId === null ? undefined : deps.vouchers.template(ctx.merchant.id, templateId);
  if (!template) return null;
  return issueVoucher(deps.vouchers, {
    template,
    membershipId: member.id,
    startDate: validityStart(template, ctx.today),
    quantity: template.defaultQuantity,
    source: "promo_code",
    now: ctx.now,
    fields: { template: "promo_code", value: "promo_code" },
  });
}
