import type {
  TRedeemPromoCodeFields,
  TRedeemRewardFields,
  TRedeemVoucherCodeFields,
  TRedeemVoucherFields,
} from "@/lib/schemas/redemptions";
import type { Refusal } from "./redemption-errors";
import type { Member } from "./redemption-hooks";

export type RedeemRequest =
  | { kind: "reward"; values: TRedeemRewardFields }
  | { kind: "voucher"; values: TRedeemVoucherFields }
  | { kind: "promoCode"; values: TRedeemPromoCodeFields }
  | { kind: "voucherCode"; values: TRedeemVoucherCodeFields };

export type RedeemKind = RedeemRequest["kind"];

export type RedeemFormProps = {
  member: Member;
  refusal: Refusal | null;
  /** The form is valid: ask for confirmation, showing `summary`. */
  onReview: (request: RedeemRequest, summary: React.ReactNode) => void;
  onCancel: () => void;
};
