import { z } from "@/lib/zod";

export const ZFindMemberRewardsInput = z.object({ memberId: z.number().int().positive() });

export const ZReward = z.object({
  id: z.number(),
  name: z.string(),
  code: z.string().nullable(),
  stampsNeeded: z.number().nullable(),
  imageUrl: z.string().nullable(),
});
export type TReward = z.infer<typeof ZReward>;

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
export const ZRewards = z.array(ZReward);
