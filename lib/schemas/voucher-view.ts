import { z } from "zod";

/** active: usable now; upcoming: not yet valid; expired: past its end date; inactive: used up or switched off. */
export const VOUCHER_STATUSES = ["active", "upcoming", "expired", "inactive"] as const;

/** A voucher as the browser receives it: the procedures' output contract. */
export const ZVoucherSummary = z.object({
  id: z.number(),
  code: z.string().nullable(),
  name: z.string(),
  templateId: z.number().nullable(),
  templateType: z.string().nullable(),
  /** What it is worth now: a dynamic voucher's remaining value. */
  value: z.number().nullable(),
  quantity: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(VOUCHER_STATUSES),
  /** Channel names; empty means every channel. */
  channels: z.array(z.string()),
  shortDescription: z.string().nullable(),
  notes: z.string().nullable(),
  /** The campaign that issued it (from the operation key in its notes), for staff who may open campaigns. */
  campaign: z.object({ id: z.number(), name: z.string(), rowNumber: z.number() }).nullish(),
});
export type TVoucherSummary = z.infer<typeof ZVoucherSummary>;

export const ZVoucherDetails = ZVoucherSummary.extend({
  description: z.string().nullable(),
  instructions: z.string().nullable(),
  termsAndConditions: z.string().nullable(),
  pictureUrl: z.string().nullable(),
  merchantCode: z.string().nullable(),
});

export const ZVoucherPage = z.object({ vouchers: z.array(ZVoucherSummary), nextCursor: z.number().nullable() });

export const ZIssuedVoucher = z.object({
  id: z.number(),
  /** Stamps' issue answer has no code; it is looked up in the member's vouchers and may be missing. */
  code: z.string().nullable(),
  name: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  quantity: z.number().nullable(),
  value: z.number().nullable(),
  notes: z.string().nullable(),
});

export const ZVoucherValidation = z.object({
  isRedeemable: z.boolean(),
  /** Stamps' reason when it cannot be redeemed. */
  reason: z.string().nullable(),
  voucher: z
    .object({
      id: z.number(),
      name: z.string().nullable(),
      value: z.number().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      validity: z.string().nullable(),
      extraData: z.record(z.string(), z.unknown()).nullable(),
    })
    .nullable(),
  owner: z
    .object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
});
export type TVoucherValidation = z.infer<typeof ZVoucherValidation>;

export const ZReward = z.object({
  id: z.number(),
  name: z.string(),
  code: z.string().nullable(),
  stampsNeeded: z.number().nullable(),
  imageUrl: z.string().nullable(),
});

export const ZMemberReward = ZReward.extend({
  redeemable: z.boolean(),
  /** Stamps still to collect; 0 when the member has enough. */
  stampsMissing: z.number(),
});

export const ZMemberRewards = z.object({
  stamps: z.number(),
  /** Whether Stamps judged each reward for this member (it needs their email), or we did from their stamps. */
  checkedByStamps: z.boolean(),
  rewards: z.array(ZMemberReward),
});
