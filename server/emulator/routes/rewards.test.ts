import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestEmulator } from "../testing/test-emulator";
import { createTestEmulator, TEST_DEMO_TOKEN } from "../testing/test-emulator";

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await createTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

type Reward = { id: number; name: string; stamps_to_redeem: number; redeemable?: boolean; is_flexible: boolean };
const stampsOf = async (user: string) =>
  ((await (await emulator.get(`/api/memberships/status?user=${user}&merchant=14`)).json()) as { stamps: number })
    .stamps;
const rewardsOf = async (res: Response) => ((await res.json()) as { rewards: Reward[] }).rewards;

describe("GET /api/rewards/", () => {
  it("answers the documented example, token in the query string", async () => {
    const res = await emulator.get(`/api/rewards/?token=${TEST_DEMO_TOKEN}&customer=customer@stamps.co.id`, {});
    expect(res.status).toBe(200);
    expect(res.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    const rewards = await rewardsOf(res);
    const stamps = await stampsOf("customer@stamps.co.id");
    const documented = rewards.filter((r) => [1, 5, 6, 7, 8, 12].includes(r.id));
    expect(documented.map((r) => [r.id, r.name, r.stamps_to_redeem, r.redeemable])).toEqual(
      [
        [1, "Kaya Bun", 2],
        [7, "Nasi Lemak", 10],
        [12, "Discount Rp 100,000", 10],
        [6, "Mee Goreng", 20],
        [5, "Curry Chicken", 60],
        [8, "Nasi Lemak", 120],
      ].map(([id, name, cost]) => [id, name, cost, stamps >= Number(cost)]),
    );
    expect(rewards[0]).toEqual({
      id: 1,
      name: "Kaya Bun",
      code: "MI0017",
      type: "reward",
      stamps_to_redeem: 2,
      stamps_required: 2,
      is_flexible: false,
      min_stamps: null,
      max_stamps: null,
      image_url: "https://static.stamps.co.id/emulator/rewards/mi0017.png",
      redeemable: true,
    });
    expect(rewards.find((r) => r.id === 12)).toMatchObject({ is_flexible: true, min_stamps: 10, max_stamps: 40 });
  });

  it("leaves redeemable out without a customer, and accepts the header token", async () => {
    const rewards = await rewardsOf(await emulator.get("/api/rewards/"));
    expect(rewards.map((r) => r.id)).toEqual(expect.arrayContaining([1, 5, 6, 7, 8, 12]));
    expect(rewards.map((r) => r.id)).not.toEqual(expect.arrayContaining([9, 10]));
    expect(rewards.every((r) => !("redeemable" in r))).toBe(true);
  });

  it("judges redeemable by the customer's stamps", async () => {
    // Customer Gold has 100 stamps.
    const rewards = await rewardsOf(await emulator.get("/api/rewards/?customer=alice@stamps.co.id"));
    expect(rewards.find((r) => r.id === 5)?.redeemable).toBe(true);
    expect(rewards.find((r) => r.id === 8)?.redeemable).toBe(false);
    emulator.db.sqlite.prepare("UPDATE memberships SET is_blocked = 1 WHERE user_id = 12").run();
    const blocked = await rewardsOf(await emulator.get("/api/rewards/?customer=alice@stamps.co.id"));
    expect(blocked.some((r) => r.redeemable)).toBe(false);
  });

  it("shows each merchant its own rewards", async () => {
    const rewards = await rewardsOf(
      await emulator.get("/api/rewards/", { Authorization: `Token ${emulator.seed.otherToken}` }),
    );
    expect(rewards.map((r) => r.name)).toEqual(["Es Kopi Susu"]);
  });

  it("answers 404 for an unknown customer, 403 without token and 405 for POST", async () => {
    expect((await emulator.get("/api/rewards/?customer=nobody@stamps.co.id")).status).toBe(404);
    expect((await emulator.get("/api/rewards/", {})).status).toBe(403);
    const post = await emulator.app.request("/api/rewards/", {
      method: "POST",
      headers: { Authorization: `Token ${TEST_DEMO_TOKEN}` },
    });
    expect(post.status).toBe(405);
    expect(post.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });
});
