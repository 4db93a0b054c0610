import { z } from "zod";

export const ZVoucherSummary = z.object({
  id: z.number(),
  code: z.string().nullable(),
  name: z.string().nullable(),
  value: z.number().nullable(),
  quantity: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});

const ZMemberRef = z.object({ id: z.number(), name: z.string() });

/** What Stamps answered to a redemption, for the result screen. */
export const ZRedemptionResult = z.object({
  redemptionId: z.number(),
  status: z.string().nullable(),
  item: z.string().nullable(),
  stampsUsed: z.number().nullable(),
  member: ZMemberRef,
  stampsBefore: z.number(),
  stampsAfter: z.number().nullable(),
  issuedVoucher: ZVoucherSummary.nullable(),
});

export const ZCanceledRedemption = z.object({
  redemptionId: z.number(),
  status: z.string().nullable(),
  member: ZMemberRef,
  enteredMemberId: z.number().nullable(),
  stampsBefore: z.number().nullable(),
  stampsAfter: z.number().nullable(),
  replacementRequested: z.boolean(),
  replacementVoucher: ZVoucherSummary.nullable(),
  notice: z.string().nullable(),
});

export const ZRewardOption = z.object({
  id: z.number(),
  name: z.string(),
  stampsToRedeem: z.number().nullable(),
  redeemable: z.boolean().nullable(),
  imageUrl: z.string().nullable(),
});
