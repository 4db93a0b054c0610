import { fieldInvalid, ruleViolation } from "../http/errors";
import type { Stores } from "../db/stores";
import { notOwnedMessage, voucherProblem } from "./voucher-rules";
import { validatedVoucherJson } from "./voucher-json";

export type ValidateVoucherQuery = {
  voucher_code: string;
  merchant: number;
  store: number;
  user?: string | undefined;
  transaction_value?: number | undefined;
};

/**
 * GET /api/vouchers/validate: whether the voucher could be redeemed at `store` now. A rule it
 * breaks is not an error: `is_redeemable` is false and `errors` says why. Asking with `user`
 * checks the owner (400 invalid_voucher_owner). The token's merchant is the scope; `merchant`
 * is read but does not narrow it (see README).
 */
export function createValidateVoucher(deps: Stores) {
  return (merchantId: number, query: ValidateVoucherQuery) => {
    const ctx = deps.context.begin(merchantId);
    const voucher = deps.vouchers.byCode(merchantId, query.voucher_code);
    if (!voucher) throw fieldInvalid("voucher_code", "Voucher does not exist");
    const asker = query.user === undefined ? undefined : deps.context.requireMembership(ctx, query.user);
    if (asker && voucher.membershipId !== null && voucher.membershipId !== asker.id) {
      throw ruleViolation("user", notOwnedMessage(asker.name), "invalid_voucher_owner");
    }

    const store = deps.store.store(query.store);
    const atOwnStore = store?.isActive === 1 && store.merchantId === merchantId;
    const problem = atOwnStore
      ? voucherProblem(voucher, {
          today: ctx.today,
          storeId: query.store,
          allowedStores: deps.vouchers.templateStores(voucher.templateId),
          transactionValue: query.transaction_value,
        })
      : { message: "This voucher cannot be redeemed at this store", code: "invalid_voucher_store" };

    const owner = voucher.membershipId === null ? asker : deps.store.membership(voucher.membershipId);
    return {
      is_redeemable: problem === null,
      user: owner ? { email: owner.email, name: owner.name, phone: owner.phone } : null,
      voucher: validatedVoucherJson(voucher),
      ...(problem ? { errors: { voucher_code: problem.message } } : {}),
    };
  };
}
