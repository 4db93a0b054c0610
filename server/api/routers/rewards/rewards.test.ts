import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "@/scripts/test/test-db";
import { trpcErrorOf as errorOf } from "@/scripts/test/trpc";
import { createCaller } from "@/server/api/root";
import { createStaff } from "@/testing/factories/staff";
import { memberWithStamps, rewardsOf } from "@/testing/factories/stamps-members";
import { createEmulatorMerchant, vitestPos } from "@/testing/vitest";

const db = createTestDb();
const pos = vitestPos();
let merchantId: string;
let caller: (role: "ADMIN" | "SUPPORT" | "MARKETING") => Promise<ReturnType<typeof createCaller>>;

beforeAll(async () => {
  merchantId = (await createEmulatorMerchant(db)).id;
  caller = async (role) => createCaller({ db, staff: await createStaff(db, role, [merchantId]) });
});

describe("rewards.find", () => {
  it("lists the catalogue cheapest first", async () => {
    const rewards = await (await caller("MARKETING")).rewards.find({ merchantId });
    expect(rewards.length).toBeGreaterThan(2);
    expect(rewards.map((reward) => reward.name)).toContain("Mee Goreng");
    const costs = rewards.map((reward) => reward.stampsNeeded ?? 0);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it("refuses a signed-out caller", async () => {
    expect((await errorOf(createCaller({ db, staff: null }).rewards.find({ merchantId }))).code).toBe("UNAUTHORIZED");
  });
});

describe("rewards.forMember", () => {
  it("says which rewards a member can redeem now and how many stamps the others need", async () => {
    const support = await caller("SUPPORT");
    // Enough stamps for the cheapest reward, not for the dearest.
    const costs = (await rewardsOf(pos)).map((reward) => reward.stamps_to_redeem).sort((a, b) => a - b);
    const member = await memberWithStamps(pos, costs[0]! + 1);
    expect(costs.at(-1)).toBeGreaterThan(costs[0]! + 1);
    const { stamps, checkedByStamps, rewards } = await support.rewards.findMemberRewards({
      merchantId,
      memberId: member.id,
    });
    expect(stamps).toBe(costs[0]! + 1);
    expect(checkedByStamps).toBe(true);
    for (const reward of rewards) {
      const needed = reward.stampsNeeded ?? 0;
      expect(reward.redeemable).toBe(needed <= stamps);
      expect(reward.stampsMissing).toBe(Math.max(0, needed - stamps));
    }
    expect(rewards.some((reward) => reward.redeemable)).toBe(true);
    expect(rewards.some((reward) => !reward.redeemable)).toBe(true);
  });

  it("gives a new member nothing redeemable yet", async () => {
    const support = await caller("SUPPORT");
    const { id } = await support.members.register({
      merchantId,
      name: "Rewards Tester",
      email: `rewards-${randomUUID().slice(0, 8)}@test.stamps.id`,
      birthday: "1985-12-01",
      gender: "male",
      store: 2,
      reason: "A member of this test's own",
    });
    const { rewards } = await support.rewards.findMemberRewards({ merchantId, memberId: id });
    expect(rewards.length).toBeGreaterThan(0);
    expect(rewards.every((reward) => !reward.redeemable && reward.stampsMissing === reward.stampsNeeded)).toBe(true);
  });
});
