import { expect, test } from "../fixtures/auth";
import { stampsGet } from "../fixtures/emulator";
import { issueStampsVoucher, memberVouchers, registerStampsMember, stampsPostOk } from "../factories/stamps-members";

test.describe("[VOUCHERS][MEMBER TABS]", () => {
  test("[SUPPORT][VOUCHERS]: the vouchers tab pages through a member's vouchers and opens one", async ({
    page,
    signInAs,
  }) => {
    const member = await registerStampsMember();
    for (let i = 0; i < 27; i++) await issueStampsVoucher(member.email);
    const held = await memberVouchers(member.email);
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
    const member = await registerStampsMember();
    // A purchase earns the member stamps, as at a POS.
    await stampsPostOk("/api/v2/transactions/add", {
      user: member.email,
      store: 2,
      invoice_number: `E2E-RW-${member.id}`,
      total_value: 150_000,
      number_of_people: 1,
      created: new Date().toISOString(),
    });
    const { body: status } = await stampsGet<{ stamps: number }>("/api/memberships/status", {
      user: member.email,
      merchant: 14,
    });
    const { body } = await stampsGet<{ rewards: { name: string; stamps_to_redeem: number; redeemable: boolean }[] }>(
      "/api/rewards/",
      { customer: member.email },
    );
    const redeemable = body.rewards.filter((reward) => reward.redeemable);
    const missing = body.rewards.filter((reward) => !reward.redeemable);
    expect(redeemable.length).toBeGreaterThan(0);
    expect(missing.length).toBeGreaterThan(0);

    await signInAs("MARKETING");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("tab", { name: "Rewards" }).click();
    const rows = page.getByRole("list", { name: "Rewards" }).getByRole("listitem");
    await expect(rows).toHaveCount(body.rewards.length);
    await expect(page.getByText(`With ${status.stamps} stamps`)).toBeVisible();
    const expensive = missing[0]!;
    const row = rows.filter({ hasText: expensive.name }).filter({ hasText: `${expensive.stamps_to_redeem} stamps` });
    await expect(row).toContainText(`${expensive.stamps_to_redeem - status.stamps} more stamps needed`);
    await expect(rows.filter({ hasText: redeemable[0]!.name }).first()).toContainText("Redeemable");
  });

  test("[MARKETING][VOUCHERS]: the vouchers page lists the rewards catalogue", async ({ page, signInAs }) => {
    const { body } = await stampsGet<{ rewards: { name: string }[] }>("/api/rewards/", {});
    await signInAs("MARKETING");
    await page.goto("/vouchers");
    const table = page.getByRole("table", { name: "Rewards catalogue" });
    await expect(table.getByRole("row")).toHaveCount(body.rewards.length + 1);
    for (const reward of body.rewards) await expect(table).toContainText(reward.name);
  });
});
