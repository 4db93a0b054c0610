import type {
  TRedeemPromoCodeFields,
  TRedeemRewardFields,
  TRedeemVoucherCodeFields,
  TRedeemVoucherFields,
} from "@/lib/schemas/redemptions";
import type { TParsedError } from "@/lib/errors";
import type { Member } from "./redemption-hooks";

export type RedeemRequest =
  | { kind: "reward"; values: TRedeemRewardFields }
  | { kind: "voucher"; values: TRedeemVoucherFields }
  | { kind: "promoCode"; values: TRedeemPromoCodeFields }
  | { kind: "voucherCode"; values: TRedeemVoucherCodeFields };

export type RedeemKind = RedeemRequest["kind"];

export type RedeemFormProps = {
  member: Member;
  /** Stamps' refusal of the last attempt: its sentence above the form, its field errors on the fields. */
  refusal: TParsedError | null;
  /** The form is valid: ask for confirmation, showing `summary`. */
  onReview: (request: RedeemRequest, summary: React.ReactNode) => void;
  onCancel: () => void;
};
