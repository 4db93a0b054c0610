import { notFound, ruleViolation } from "../http/errors";
import { issueVoucher } from "../vouchers/issue-voucher";
import { voucherListJson } from "../vouchers/voucher-json";
import type { VoucherRow } from "../vouchers/voucher-store";
import type { Stores } from "../db/stores";
import { customerJson } from "../members/membership-json";
import type { RedemptionRow } from "./redemption-store";
import { REDEMPTION_STATUS } from "./redemption-json";
import type { RequestContext } from "./request-context";

export type CancelRedemptionRequest = { id: number; create_replacement_voucher?: boolean | undefined };

/**
 * POST /api/redemptions/cancel. Undoes a redemption in one IMMEDIATE transaction: stamps spent
 * come back, a voucher it used is usable again (or, with create_replacement_voucher, stays used
 * and a new voucher from the same template replaces it), a voucher it issued is canceled, and a
 * promo code's bonus stamps and use are taken back.
 */
export function createCancelRedemption(deps: Stores) {
  const { promos } = deps;

  const run = deps.sqlite.transaction((merchantId: number, request: CancelRedemptionRequest) => {
    const ctx = deps.context.begin(merchantId);
    const redemption = deps.store.redemption(merchantId, request.id);
    if (!redemption) throw notFound(`Redemption with id ${request.id} not found.`);
    if (redemption.status === "canceled") {
      throw ruleViolation("id", "This redemption has already been canceled", "redemption_already_canceled");
    }

    cancelIssuedVoucher(deps, merchantId, redemption);
    if (redemption.promoCodeId !== null) {
      const bonus = promos.byId(merchantId, redemption.promoCodeId)?.bonusStamps ?? 0;
      if (bonus > 0 && !deps.store.spendStamps(redemption.membershipId, bonus)) {
        throw ruleViolation("id", "Redemption can't be canceled due to insufficient Stamps", "insufficient_stamps");
      }
      promos.uncountUse(redemption.promoCodeId);
    }
    if (redemption.stampsUsed > 0) deps.store.addStamps(redemption.membershipId, redemption.stampsUsed);

    const used = redemption.voucherId === null ? undefined : deps.vouchers.byId(merchantId, redemption.voucherId);
    let replacement: VoucherRow | undefined;
    if (used && request.create_replacement_voucher) replacement = replace(deps, ctx, redemption, used);
    else if (used) restore(deps, redemption, used);

    deps.store.cancelRedemption(redemption.id, ctx.nowText, replacement?.id ?? null);
    const member = deps.store.membership(redemption.membershipId);
    if (!member) throw new Error(`Membership ${redemption.membershipId} of redemption ${redemption.id} is gone`);
    return {
      redemption: { id: redemption.id, status: REDEMPTION_STATUS.canceled },
      customer: customerJson(member),
      ...(replacement ? { replacement_voucher: voucherListJson(replacement) } : {}),
    };
  });
  return (merchantId: number, request: CancelRedemptionRequest) => run.immediate(merchantId, request);
}

function cancelIssuedVoucher(deps: Stores, merchantId: number, redemption: RedemptionRow): void {
  const issued =
    redemption.issuedVoucherId === null ? undefined : deps.vouchers.byId(merchantId, redemption.issuedVoucherId);
  if (!issued || issued.status === "canceled") return;
  if (issued.status === "used" || deps.store.usesOfVoucher(issued.id) > 0) {
    throw ruleViolation("id", "The voucher this redemption issued has already been used", "issued_voucher_used");
  }
  deps.vouchers.updateUse({
    id: issued.id,
    quantity: issued.quantity,
    remainingValue: issued.remainingValue,
    status: "canceled",
  });
}

function restore(deps: Stores, redemption: RedemptionRow, voucher: VoucherRow): void {
  const dynamic = voucher.template.valueType === "dynamic";
  deps.vouchers.updateUse({
    id: voucher.id,
    quantity: dynamic ? Math.max(voucher.quantity, 1) : voucher.quantity + redemption.qty,
    remainingValue: dynamic ? (voucher.remainingValue ?? 0) + (redemption.value ?? 0) : voucher.remainingValue,
    status: voucher.status === "canceled" ? "canceled" : "active",
  });
}

/** A new code from the same template, for what the redemption took, valid as long as the old one. */
function replace(deps: Stores, ctx: RequestContext, redemption: RedemptionRow, voucher: VoucherRow) {
  const dynamic = voucher.template.valueType === "dynamic";
  const id = issueVoucher(deps.vouchers, {
    template: voucher.template,
    membershipId: redemption.membershipId,
    startDate: voucher.startDate,
    quantity: redemption.qty,
    notes: `Replaces voucher ${voucher.code} (redemption ${redemption.id})`,
    source: "replacement",
    now: ctx.now,
    replacing: { endDate: voucher.endDate, value: dynamic ? redemption.value : voucher.value },
  });
  return deps.vouchers.byId(ctx.merchant.id, id);
}
