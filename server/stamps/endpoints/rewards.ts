import { z } from "zod";
import type { StampsCall } from "../client";
import { ZStampsReward } from "../schemas/reward";

export const ZStampsListRewardsInput = z.object({
  /** A member's email; Stamps then says whether each reward is redeemable for them. */
  customer: z.string().min(1).optional(),
});
export type TStampsListRewardsInput = z.input<typeof ZStampsListRewardsInput>;

export function rewardEndpoints(call: StampsCall) {
  return {
    /**
     * GET /api/rewards/. The document passes the token as ?token=; we send it in the Authorization
     * header like every other call, so it never appears in a URL or an access log.
     */
    list: async (input: TStampsListRewardsInput = {}) =>
      call({
        method: "GET",
        path: "/api/rewards/",
        query: ZStampsListRewardsInput.parse(input),
        response: z.object({ rewards: z.array(ZStampsReward) }),
      }),
  };
}
