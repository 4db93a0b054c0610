import type { z } from "zod";
import {
  bodyIdOrCode,
  bodyInteger,
  bodyList,
  bodyNumber,
  bodyObject,
  bodyPositiveInteger,
  bodyString,
} from "../http/body-fields";
import { fieldInvalid } from "../http/errors";
import { membershipJson } from "../members/membership-json";
import { getMembershipState } from "../members/membership-store";
import { addTransaction } from "../transactions/add-transaction";
import { ZAddTransactionInput } from "../transactions/add-transaction.schema";
import { issueVoucher, validityStart } from "../vouchers/issue-voucher";
import { voucherListJson } from "../vouchers/voucher-json";
import type { Stores } from "../db/stores";
import { redeemRewardInTransaction } from "./redeem-reward";
import { redeemVoucherInTransaction } from "./redeem-voucher";

export const ZAddWithRedemptionsInput = ZAddTransactionInput.extend({
  reward_redemptions: bodyList(
    bodyObject({
      request_id: bodyString.optional(),
      reward: bodyIdOrCode.required(),
      stamps: bodyPositiveInteger.optional(),
      qty: bodyPositiveInteger.optional(),
    }),
  ).optional(),
  voucher_redemptions: bodyList(
    bodyObject({ request_id: bodyString.optional(), voucher_code: bodyString.required() }),
  ).optional(),
  issue_voucher: bodyObject({ template_id: bodyInteger.required(), value: bodyNumber.optional() }).optional(),
});
export type TAddWithRedemptionsInput = z.infer<typeof ZAddWithRedemptionsInput>;

/**
 * POST /api/v2/transactions/add-with-redemptions: the transaction (A's addTransaction, so the
 * stamps it earns can be spent), then the reward and voucher redemptions in request order, then
 * the voucher to issue — all in one IMMEDIATE transaction, so any failure leaves nothing behind.
 * Besides the documented `membership`, `transaction` and `issued_voucher`, `redemptions` lists
 * what was redeemed (ids for redemptions/cancel).
 */
export function createAddWithRedemptions(deps: Stores) {
  const run = deps.sqlite.transaction((merchantId: number, input: TAddWithRedemptionsInput) => {
    const added = addTransaction(deps.sqlite, merchantId, input);
    const rewards = input.reward_redemptions ?? [];
    const vouchers = input.voucher_redemptions ?? [];
    const wantsMember = rewards.length > 0 || vouchers.length > 0 || input.issue_voucher !== undefined;
    if (added.membershipId === null) {
      if (wantsMember) throw fieldInvalid("user", "This field is required.");
      return { membership: null, transaction: added.transaction };
    }
    const ctx = deps.context.begin(merchantId);
    const member = deps.store.membership(added.membershipId);
    if (!member) throw new Error(`Membership ${added.membershipId} is gone`);
    const common = {
      storeId: added.storeId,
      member,
      invoiceNumber: input.invoice_number,
      channel: input.channel,
      transactionId: added.transactionId,
    };
    const consumed = new Set<string>();

    const redemptions = rewards.map((item) => {
      deps.pins.consume(ctx, member.id, item.request_id, consumed);
      const done = redeemRewardInTransaction(deps, ctx, {
        ...common,
        ...item,
        qty: item.qty ?? 1,
        requestId: item.request_id,
      });
      return {
        id: done.redemptionId,
        reward: done.reward.name,
        stamps_used: done.stampsUsed,
        extra_data: done.extraData,
      };
    });
    for (const item of vouchers) {
      const voucher = deps.vouchers.byCode(merchantId, item.voucher_code);
      if (!voucher) throw fieldInvalid("voucher_code", "Voucher does not exist");
      deps.pins.consume(ctx, member.id, item.request_id, consumed);
      const done = redeemVoucherInTransaction(deps, ctx, {
        ...common,
        voucher,
        requestId: item.request_id,
        transactionValue: input.total_value,
        field: "voucher_code",
      });
      redemptions.push({ id: done.redemptionId, reward: done.voucher.template.name, stamps_used: 0, extra_data: {} });
    }

    let issued: ReturnType<typeof voucherListJson> | undefined;
    if (input.issue_voucher) {
      const { template_id: templateId, value } = input.issue_voucher;
      const template = deps.vouchers.template(merchantId, templateId);
      if (!template) throw fieldInvalid("template_id", "Voucher template does not exist");
      const id = issueVoucher(deps.vouchers, {
        template,
        membershipId: member.id,
        startDate: validityStart(template, ctx.today),
        quantity: template.defaultQuantity,
        value,
        source: "transaction",
        transactionId: added.transactionId,
        now: ctx.now,
        fields: { template: "template_id", value: "value" },
      });
      const voucher = deps.vouchers.byId(merchantId, id);
      issued = voucher && voucherListJson(voucher);
    }

    const state = getMembershipState(deps.sqlite, member.id);
    return {
      membership: state ? membershipJson(state) : null,
      transaction: added.transaction,
      ...(issued ? { issued_voucher: issued } : {}),
      redemptions,
    };
  });
  return (merchantId: number, input: TAddWithRedemptionsInput) => run.immediate(merchantId, input);
}
