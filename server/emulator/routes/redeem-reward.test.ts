import { describe, expect, it } from "vitest";
import { coded, listed, post, setStamps, stampsOf, freshEmulatorPerTest } from "../redemptions/test-helpers";
import { TEST_DEMO_TOKEN } from "../testing/test-emulator";

const emulator = freshEmulatorPerTest();
const ALICE = 2456;

const redeem = (body: Record<string, unknown>) =>
  post(emulator(), "/api/v2/redemptions/redeem-reward", { user: "customer@stamps.co.id", store: 32, ...body });

describe("POST /api/v2/redemptions/redeem-reward", () => {
  it("redeems the docs' example and answers the documented shape", async () => {
    const res = await post(
      emulator(),
      "/api/v2/redemptions/redeem-reward",
      `{
    "user": "customer@stamps.co.id",
    "store": 32,
    "reward": 1,
    "invoice_number": "POS-1020123",
    "stamps": 20,
    "qty": 1,
    "extra_data": {
        "discount": "10%"
    }
}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("Allow")).toBe("POST, OPTIONS");
    expect(res.body).toEqual({
      redemption: {
        id: expect.any(Number) as number,
        reward: "Kaya Bun",
        stamps_used: 2,
        extra_data: { discount: "10%" },
      },
      membership: {
        tags: [],
        status: 300,
        stamps: 78,
        balance: 2000,
        referral_code: expect.any(String) as string,
        start_date: "2019-03-01",
        created: "2019-03-01",
      },
      reward: { id: 1, name: "Kaya Bun", stamps_to_redeem: 2, extra_data: {}, code: "MI0017", type: "reward" },
    });
    expect(stampsOf(emulator(), ALICE)).toBe(78);
  });

  it("charges a fixed reward per qty and ignores `stamps`", async () => {
    const res = await redeem({ reward: 1, qty: 3, stamps: 40 });
    expect(res.body.redemption).toMatchObject({ stamps_used: 6 });
    expect(stampsOf(emulator(), ALICE)).toBe(74);
  });

  it("takes a reward by its code", async () => {
    const res = await redeem({ reward: "MI0017" });
    expect(res.status).toBe(200);
    expect(res.body.reward).toMatchObject({ id: 1 });
  });

  it("charges a flexible reward the stamps asked for, within its range", async () => {
    expect((await redeem({ reward: 12, stamps: 20 })).body.redemption).toMatchObject({ stamps_used: 20 });
    expect((await redeem({ reward: 12 })).body.redemption).toMatchObject({ stamps_used: 10 });
    const outside = await redeem({ reward: 12, stamps: 41 });
    expect(outside.status).toBe(400);
    expect(outside.body).toEqual(coded("stamps", "Stamps for this reward must be between 10 and 40", "invalid_stamps"));
    expect(stampsOf(emulator(), ALICE)).toBe(50);
  });

  it("issues the voucher of a reward of type voucher", async () => {
    const res = await redeem({ reward: "MI0003", stamps: 4 });
    expect(res.status).toBe(200);
    expect(res.body.reward).toMatchObject({ type: "voucher" });
    expect(res.body.voucher).toMatchObject({ name: "March Surprise Voucher", value: 20000, is_active: true });
    const code = (res.body.voucher as { code: string }).code;
    const details = await emulator().get(`/api/vouchers/details?user=customer@stamps.co.id&code=${code}`);
    expect(details.status).toBe(200);
  });

  it("refuses a redemption the member's stamps do not cover, and spends nothing", async () => {
    const res = await redeem({ reward: 8 });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      coded("stamps", "Insufficient Stamps: this redemption needs 120, the member has 80", "insufficient_stamps"),
    );
    expect(stampsOf(emulator(), ALICE)).toBe(80);
  });

  it("refuses rewards that ended or are switched off", async () => {
    for (const reward of [9, 10]) {
      const res = await redeem({ reward });
      expect(res.body).toEqual(coded("reward", "Reward is not available", "reward_unavailable"));
    }
  });

  it("lists every invalid field at once", async () => {
    const res = await post(emulator(), "/api/v2/redemptions/redeem-reward", { store: "x", channel: 12, qty: 0 });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(
      listed(
        { user: "This field is required" },
        { reward: "This field is required" },
        { store: "A valid integer is required." },
        { channel: '"12" is not a valid choice.' },
        { qty: "Ensure this value is greater than or equal to 1." },
      ),
    );
  });

  it.each([
    ["an unknown reward", { reward: 999 }, { reward: "Reward does not exist" }],
    ["another merchant's reward", { reward: 20 }, { reward: "Reward does not exist" }],
    [
      "an unknown member",
      { user: "nobody@stamps.co.id", reward: 1 },
      { user: 'Member with identifier "nobody@stamps.co.id" not found.' },
    ],
    ["another merchant's store", { store: 5, reward: 1 }, { store: "Store does not exist" }],
  ])("answers 400 for %s", async (_case, body, error) => {
    const res = await redeem(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(listed(error));
  });

  it("answers 405 with Allow for GET, and 403 without a token", async () => {
    const wrong = await emulator().get("/api/v2/redemptions/redeem-reward");
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("Allow")).toBe("POST, OPTIONS");
    const anonymous = await emulator().app.request("/api/v2/redemptions/redeem-reward", { method: "POST" });
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toEqual({ detail: "Authentication credentials were not provided." });
  });
});

describe("POST /api/v2/redemptions/redeem-multiple-rewards", () => {
  const redeemMany = (rewards: unknown[], token = TEST_DEMO_TOKEN) =>
    post(
      emulator(),
      "/api/v2/redemptions/redeem-multiple-rewards",
      { user: "customer@stamps.co.id", store: 32, rewards },
      token,
    );

  it("redeems every reward, answering the first as `redemption` and all as `redemptions`", async () => {
    const res = await redeemMany([{ code: 1, qty: 1, stamps: 1 }, { code: "MI0002" }, { code: 12, stamps: 20 }]);
    expect(res.status).toBe(200);
    const redemptions = res.body.redemptions as { stamps_used: number; voucher?: unknown }[];
    expect(redemptions.map((r) => r.stamps_used)).toEqual([2, 4, 20]);
    expect(redemptions[1]?.voucher).toMatchObject({ name: "Free Kaya Bun" });
    expect(res.body.redemption).toEqual(redemptions[0]);
    expect(res.body.membership).toMatchObject({ level: 300, level_text: "Gold", status: "Active", stamps: 54 });
  });

  it("redeems nothing when one reward cannot be redeemed", async () => {
    setStamps(emulator(), ALICE, 5);
    const res = await redeemMany([{ code: 1 }, { code: 1 }, { code: 1 }]);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_code: "insufficient_stamps",
      errors: { "rewards.2.stamps": expect.any(String) as string },
    });
    expect(stampsOf(emulator(), ALICE)).toBe(5);
  });

  // issue 12, departure 2: redemption.txt says stamps is "required if reward type is flexible reward".
  it("requires stamps for a flexible reward, naming the field, and spends nothing", async () => {
    const before = stampsOf(emulator(), ALICE);
    const res = await redeemMany([{ code: 1 }, { code: 12, qty: 1 }]);
    expect(res).toMatchObject({ status: 400, body: listed({ "rewards.1.stamps": "This field is required" }) });
    expect(stampsOf(emulator(), ALICE)).toBe(before);
  });

  it("requires a non-empty list of objects", async () => {
    expect((await redeemMany([])).body).toEqual(listed({ rewards: "This list may not be empty." }));
    expect((await redeemMany(["x"])).body).toEqual(
      listed({ "rewards.0": "Invalid data. Expected a dictionary, but got str." }),
    );
  });
});
