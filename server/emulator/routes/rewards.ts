import type { Hono } from "hono";
import { z } from "zod";
import type { EmulatorEnv } from "../http/env";
import type { RouteDeps } from "../http/route-deps";
import { notFound } from "../http/errors";
import { mountResource } from "../http/resource";
import { parseInput, queryParams, queryString } from "../http/validation";
import { rewardListJson } from "../rewards/reward-json";
import { findAvailableRewards } from "../rewards/reward-store";

const ZRewardsQuery = z.object({ customer: queryString().optional() });

export function mountRewardRoutes(app: Hono<EmulatorEnv>, deps: RouteDeps): void {
  const { auth } = deps;
  const { sqlite, members, memberships } = deps.stores;

  // The documented path ends with a slash (the reward API's example), unlike the others.
  mountResource(app, "/api/rewards/", {
    name: "Reward List",
    auth,
    input: { GET: { query: ZRewardsQuery } },
    handlers: {
      GET: (c) => {
        const { customer } = parseInput(ZRewardsQuery, queryParams(c.req.url));
        const merchantId = c.get("tokenMerchantId");
        const rewards = findAvailableRewards(sqlite, merchantId);
        if (customer === undefined) return c.json({ rewards: rewards.map((reward) => rewardListJson(reward)) });

        const membershipId = members.findMembershipId(merchantId, customer);
        const membership = membershipId === undefined ? undefined : memberships.get(membershipId);
        if (!membership) throw notFound(`Member with identifier "${customer}" not found.`);
        const stamps = { stamps: membership.stamps, isBlocked: membership.isBlocked };
        return c.json({ rewards: rewards.map((reward) => rewardListJson(reward, stamps)) });
      },
    },
  });
}
