import { z } from "@/lib/zod";
import { ZReason } from "./common";
import { ZVoucherSummary } from "./vouchers";

const ZPositiveId = (message: string) => z.number(message).int(message).positive(message);
const ZMemberId = z.number().int().positive();
/** Form text; empty means "not given". */
const ZOptionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || undefined);

/** What every redemption form asks: where it happens and the POS invoice it belongs to. */
export const ZRedemptionPlaceFields = z.object({
  storeId: ZPositiveId("Choose the store"),
  invoiceNumber: ZOptionalText(100, "Keep the invoice number under 100 characters"),
});

/** Sent with every redemption: the member, the reason, and the PIN-approved request once there is one. */
const ZRedemptionScope = z.object({
  memberId: ZMemberId,
  reason: ZReason,
  requestId: z.string().min(1).max(100).optional(),
});

export const ZRedeemRewardFields = ZRedemptionPlaceFields.extend({
  rewardId: ZPositiveId("Choose a reward"),
  /** Only for flexible rewards: the stamps the member spends on it. */
  stamps: z.number("Enter the stamps to use").int("A whole number").positive("At least 1 stamp").optional(),
});
export type TRedeemRewardFields = z.output<typeof ZRedeemRewardFields>;
export const ZRedeemRewardInput = ZRedeemRewardFields.extend(ZRedemptionScope.shape);
export type TRedeemRewardInput = z.output<typeof ZRedeemRewardInput>;

export const ZRedeemVoucherFields = ZRedemptionPlaceFields.extend({
  voucherId: ZPositiveId("Choose one of the member's vouchers"),
  /** Vouchers that hold a balance (dynamic value) are used by amount: Stamps' deduct-value. */
  deductValue: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce.number<unknown>().int("Whole rupiah only").positive("Enter an amount above 0").optional(),
  ),
});
export type TRedeemVoucherFields = z.output<typeof ZRedeemVoucherFields>;
export const ZRedeemVoucherInput = ZRedeemVoucherFields.extend(ZRedemptionScope.shape);
export type TRedeemVoucherInput = z.output<typeof ZRedeemVoucherInput>;

export const ZRedeemPromoCodeFields = ZRedemptionPlaceFields.extend({
  promoCode: z.string().trim().min(1, "Enter the promo code").max(100, "That is too long for a promo code"),
  // Stamps requires the POS invoice number for promo codes.
  invoiceNumber: z.string().trim().min(1, "Enter the POS invoice number").max(100, "Keep it under 100 characters"),
});
export type TRedeemPromoCodeFields = z.output<typeof ZRedeemPromoCodeFields>;
export const ZRedeemPromoCodeInput = ZRedeemPromoCodeFields.extend(ZRedemptionScope.shape);
export type TRedeemPromoCodeInput = z.output<typeof ZRedeemPromoCodeInput>;

export const ZRedeemVoucherCodeFields = z.object({
  storeId: ZPositiveId("Choose the store"),
  voucherCode: z.string().trim().min(1, "Enter the voucher code").max(100, "That is too long for a voucher code"),
  /** Looked up from the member's vouchers when left out. */
  voucherTemplateId: z.number("A voucher template ID is a number").int().positive().optional(),
});
export type TRedeemVoucherCodeFields = z.output<typeof ZRedeemVoucherCodeFields>;
export const ZRedeemVoucherCodeInput = ZRedeemVoucherCodeFields.extend(
  ZRedemptionScope.omit({ requestId: true }).shape,
);
export type TRedeemVoucherCodeInput = z.output<typeof ZRedeemVoucherCodeInput>;

export const ZCancelRedemptionFields = z.object({
  redemptionId: ZPositiveId("Enter the redemption ID, a number"),
  createReplacementVoucher: z.boolean(),
});
export type TCancelRedemptionFields = z.output<typeof ZCancelRedemptionFields>;
export const ZCancelRedemptionInput = ZCancelRedemptionFields.extend({ memberId: ZMemberId, reason: ZReason });
export type TCancelRedemptionInput = z.output<typeof ZCancelRedemptionInput>;

/** `pinSecret`: the name keeps the PIN out of the audit log, which redacts keys containing "secret". */
export const ZAuthorizeRedemptionFields = z.object({
  pinSecret: z.string().regex(/^\d{6}$/, "The PIN is 6 digits"),
});
export const ZAuthorizeRedemptionInput = ZAuthorizeRedemptionFields.extend({
  memberId: ZMemberId,
  reason: ZReason,
});
export type TAuthorizeRedemptionInput = z.output<typeof ZAuthorizeRedemptionInput>;
/** The approved request, which the redemption then sends. */
export const ZAuthorizedRedemption = z.object({ requestId: z.string() });

/** The pickers' lookups: the server reads the member from Stamps by this id. */
export const ZRedemptionMemberInput = z.object({ memberId: ZMemberId });

const ZMemberRef = z.object({ id: z.number(), name: z.string() });

/** What Stamps answered to a redemption, for the result screen. */
export const ZRedemptionResult = z.object({
  redemptionId: z.number(),
  status: z.string().nullable(),
  /** What was redeemed, as Stamps names it. */
  item: z.string().nullable(),
  stampsUsed: z.number().nullable(),
  member: ZMemberRef,
  stampsBefore: z.number(),
  stampsAfter: z.number().nullable(),
  /** A voucher the redemption gave the member (a voucher-type reward or promo code). */
  issuedVoucher: ZVoucherSummary.nullable(),
});

export const ZCanceledRedemption = z.object({
  redemptionId: z.number(),
  status: z.string().nullable(),
  member: ZMemberRef,
  /** The member the agent named, when Stamps says the redemption was someone else's. */
  enteredMemberId: z.number().nullable(),
  stampsBefore: z.number().nullable(),
  stampsAfter: z.number().nullable(),
  replacementRequested: z.boolean(),
  replacementVoucher: ZVoucherSummary.nullable(),
  /** Set when the cancel went through but a follow-up read failed: what could not be shown. */
  notice: z.string().nullable(),
});

export const ZRewardOption = z.object({
  id: z.number(),
  name: z.string(),
  stampsToRedeem: z.number().nullable(),
  /** Stamps' answer for this member; null when it did not say. */
  redeemable: z.boolean().nullable(),
  imageUrl: z.string().nullable(),
});
export const ZRewardOptions = z.array(ZRewardOption);
export const ZVoucherOptions = z.array(ZVoucherSummary);

export type TRedemptionResult = z.infer<typeof ZRedemptionResult>;
export type TCanceledRedemption = z.infer<typeof ZCanceledRedemption>;
export type TRewardOption = z.infer<typeof ZRewardOption>;

/** A redemption the back office made for a member (Stamps cannot list a member's redemptions). */
export const ZMemberRedemption = z.object({
  redemptionId: z.number(),
  kind: z.enum(["reward", "voucher", "promo-code", "voucher-code"]),
  item: z.string().nullable(),
  stampsUsed: z.number().nullable(),
  storeName: z.string().nullable(),
  invoiceNumber: z.string().nullable(),
  staffEmail: z.string(),
  createdAt: z.date(),
  canceledAt: z.date().nullable(),
});
export type TMemberRedemption = z.infer<typeof ZMemberRedemption>;
export const ZMemberRedemptions = z.array(ZMemberRedemption);
