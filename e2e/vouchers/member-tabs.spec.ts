import {
  addStamps,
  issueVoucher,
  memberVouchers,
  registerMember,
  rewardsOf,
} from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

test.describe("[VOUCHERS][MEMBER TABS]", () => {
  test("[SUPPORT][VOUCHERS]: the vouchers tab pages through a member's vouchers and opens one", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    for (let i = 0; i < 27; i++) await issueVoucher(pos, member.email);
    const held = await memberVouchers(pos, member.email);
    expect(held).toHaveLength(27);

    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("voucher-count")).toHaveText("27");
    const rows = page.getByRole("list", { name: "Vouchers" }).getByRole("listitem");
    await expect(rows).toHaveCount(25);
    await expect(page.getByText("Showing 25 of 27 usable vouchers")).toBeVisible();
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(27);
    await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
    // Oldest first, each once, in Stamps' order.
    await expect(rows.nth(0)).toContainText(held[0]!.code);
    await expect(rows.nth(26)).toContainText(held[26]!.code);

    const last = held[26]!;
    await page.getByRole("button", { name: new RegExp(`Voucher ${last.code}`) }).click();
    const details = page.getByRole("dialog", { name: /Discount Rp 100,000/ });
    await expect(details.getByTestId("voucher-details")).toContainText(last.code);
    await expect(details).toContainText("Rp 100.000");
    await expect(details).toContainText("Every channel");
    await expect(details).toContainText("#3 · Regular");
  });

  test("[MARKETING][VOUCHERS]: the rewards tab says what a member can redeem and what they are missing", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    const rewards = await rewardsOf(pos);
    // Enough stamps for the cheapest reward but not for the dearest.
    const costs = rewards.map((reward) => reward.stamps_to_redeem).sort((a, b) => a - b);
    const stamps = costs[0]! + 1;
    expect(costs.at(-1)!).toBeGreaterThan(stamps);
    await addStamps(pos, member.email, stamps);
    const body = { rewards: await rewardsOf(pos, member.email) };
    const redeemable = body.rewards.filter((reward) => reward.redeemable);
    const missing = body.rewards.filter((reward) => !reward.redeemable);
    expect(redeemable.length).toBeGreaterThan(0);
    expect(missing.length).toBeGreaterThan(0);

    await signInAs("MARKETING");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("tab", { name: "Rewards" }).click();
    const rows = page.getByRole("list", { name: "Rewards" }).getByRole("listitem");
    await expect(rows).toHaveCount(body.rewards.length);
    await expect(page.getByText(`With ${stamps} stamps`)).toBeVisible();
    const expensive = missing[0]!;
    const row = rows.filter({ hasText: expensive.name }).filter({ hasText: `${expensive.stamps_to_redeem} stamps` });
    await expect(row).toContainText(`${expensive.stamps_to_redeem - stamps} more stamps needed`);
    await expect(rows.filter({ hasText: redeemable[0]!.name }).first()).toContainText("Redeemable");
  });

  test("[MARKETING][VOUCHERS]: the vouchers page lists the rewards catalogue", async ({ page, signInAs }) => {
    const rewards = await rewardsOf(pos);
    await signInAs("MARKETING");
    await page.goto("/vouchers");
    const table = page.getByRole("table", { name: "Rewards catalogue" });
    expect(rewards.length).toBeGreaterThan(0);
    await expect(table.getByRole("row")).toHaveCount(rewards.length + 1);
    for (const reward of rewards) await expect(table).toContainText(reward.name);
  });
});
