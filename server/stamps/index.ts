import "server-only";
import { createStampsCall, type StampsClientConfig } from "./client";
import { membershipEndpoints } from "./endpoints/memberships";
import { redemptionEndpoints } from "./endpoints/redemptions";
import { rewardEndpoints } from "./endpoints/rewards";
import { transactionEndpoints } from "./endpoints/transactions";
import { voucherEndpoints } from "./endpoints/vouchers";

export type { StampsCallRecord, StampsClientConfig, StampsTokenType } from "./client";
export * from "./errors";
export { checkStampsBaseUrl, parseAllowedOrigins } from "./base-url";
export {
  STAMPS_CHANNELS,
  STAMPS_TRANSACTION_STATUSES,
  STAMPS_TRANSACTION_TYPES,
  STAMPS_VOUCHER_TEMPLATE_TYPES,
} from "./schemas/codes";

export type {
  TStampsCustomer,
  TStampsCustomerSummary,
  TStampsMember,
  TStampsMembership,
  TStampsSuggestion,
  TStampsUser,
} from "./schemas/member";
export type { TStampsItemInput, TStampsTransactionItem } from "./schemas/item";
export type { TStampsPaymentInput, TStampsTransactionPayment } from "./schemas/payment";
export type {
  TStampsStore,
  TStampsTransaction,
  TStampsTransactionResult,
  TStampsUserTransaction,
} from "./schemas/transaction";
export type { TStampsVoucher, TStampsVoucherTemplate } from "./schemas/voucher";
export type { TStampsReward } from "./schemas/reward";
export type { TStampsRedemption } from "./schemas/redemption";

export type { TStampsChangeMemberInput, TStampsRegisterMemberInput } from "./endpoints/memberships";
export type {
  TStampsAddOrUpdateTransactionInput,
  TStampsAddTransactionInput,
  TStampsAddTransactionWithRedemptionsInput,
  TStampsCancelTransactionInput,
  TStampsModifyTransactionInput,
  TStampsPreviewEarningsInput,
  TStampsTransactionDetailsInput,
  TStampsTransactionsByUserInput,
} from "./endpoints/transactions";
export type {
  TStampsAuthorizeRedemptionInput,
  TStampsCancelRedemptionInput,
  TStampsDeductVoucherValueInput,
  TStampsRedeemByVoucherCodeInput,
  TStampsRedeemMultipleRewardsInput,
  TStampsRedeemPromoCodeInput,
  TStampsRedeemRewardInput,
  TStampsRedeemVoucherInput,
} from "./endpoints/redemptions";
export type {
  TStampsIssueVoucherInput,
  TStampsValidateVoucherInput,
  TStampsVoucherCountInput,
  TStampsVoucherDetailsInput,
  TStampsVouchersByMerchantGroupInput,
} from "./endpoints/vouchers";
export type { TStampsListRewardsInput } from "./endpoints/rewards";

/** The Stamps API, one typed function per endpoint. Holds the token; never log this object. */
export function createStampsClient(config: StampsClientConfig) {
  const call = createStampsCall(config);
  return {
    memberships: membershipEndpoints(call),
    transactions: transactionEndpoints(call),
    redemptions: redemptionEndpoints(call),
    vouchers: voucherEndpoints(call),
    rewards: rewardEndpoints(call),
  };
}

export type StampsClient = ReturnType<typeof createStampsClient>;

/** What an endpoint answers, e.g. StampsResult<"transactions", "byUser">. */
export type StampsResult<
  TGroup extends keyof StampsClient,
  TEndpoint extends keyof StampsClient[TGroup],
> = StampsClient[TGroup][TEndpoint] extends (...args: never[]) => Promise<infer TResult> ? TResult : never;
