import {
  issueVoucher,
  memberVouchers,
  memberWithStamps,
  rewardsOf,
  stampsOf,
} from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { chooseStore, confirmWithReason } from "./dialogs";

test.describe("[REDEMPTIONS][REDEEM]", () => {
  test("[SUPPORT][REDEMPTIONS]: agent redeems a reward for a member at a store", async ({ page, signInAs }) => {
    const rewards = await rewardsOf(pos);
    const meeGoreng = rewards.find((reward) => reward.name === "Mee Goreng")!;
    const curry = rewards.find((reward) => reward.name === "Curry Chicken")!;
    // Enough for Mee Goreng with some left, not enough for Curry Chicken.
    const held = meeGoreng.stamps_to_redeem + 10;
    expect(curry.stamps_to_redeem).toBeGreaterThan(held);
    const member = await memberWithStamps(pos, held);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Redeem…" }).click();
    await page.getByRole("menuitem", { name: "A reward…" }).click();

    const dialog = page.getByRole("dialog");
    await expect(
      dialog.getByRole("radio", {
        name: new RegExp(`Curry Chicken.*${curry.stamps_to_redeem} stamps.*Not enough stamps`),
      }),
    ).toBeDisabled();
    await dialog.getByRole("radio", { name: /Mee Goreng/ }).check();
    await chooseStore(page, /Plaza Senayan/);
    await dialog.getByLabel("POS invoice number (optional)").fill("PS-20261122-017");
    await dialog.getByRole("button", { name: "Review redemption" }).click();
    await expect(page.getByRole("alertdialog")).toContainText(
      `Stamps takes ${meeGoreng.stamps_to_redeem} of their ${held} stamps`,
    );
    await confirmWithReason(page, "Redeem");

    const result = page.getByTestId("redemption-result");
    await expect(result).toContainText("Mee Goreng for");
    await expect(result).toContainText("at Plaza Senayan");
    await expect(result.getByTestId("stamps-change-after")).toHaveText("10");
    expect(await stampsOf(pos, member.email)).toBe(10);

    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByTestId("member-stamps")).toHaveText("10");
    await page.getByRole("tab", { name: "Staff activity" }).click();
    await expect(page.getByRole("list", { name: "Staff activity" })).toContainText("redemptions.redeem-reward");
  });

  test("[SUPPORT][REDEMPTIONS]: agent spends part of a voucher's balance", async ({ page, signInAs }) => {
    const member = await memberWithStamps(pos, 0);
    // Template 1 has a dynamic value: the voucher holds a balance that purchases use up.
    await issueVoucher(pos, member.email, { template: 1, value: 100_000 });
    const balance = async () => (await memberVouchers(pos, member.email))[0]?.value;
    expect(await balance()).toBe(100_000);

    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Redeem…" }).click();
    await page.getByRole("menuitem", { name: "A voucher…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("voucher-options").getByRole("radio").first().check();
    await dialog.getByLabel("Amount to take off (optional)").fill("35000");
    await chooseStore(page, /Grand Indonesia/);
    await dialog.getByRole("button", { name: "Review redemption" }).click();
    await expect(page.getByRole("alertdialog")).toContainText("takes Rp 35.000 off the voucher's balance");
    await confirmWithReason(page, "Redeem", "Paid part of the bill with the voucher; POS timed out");

    await expect(page.getByTestId("redemption-result")).toBeVisible();
    expect(await balance()).toBe(65_000);
  });

  test("[SUPPORT][REDEMPTIONS]: agent redeems a promo code", async ({ page, signInAs }) => {
    const member = await memberWithStamps(pos, 3);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Redeem…" }).click();
    await page.getByRole("menuitem", { name: "A promo code…" }).click();

    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Promo code").fill("BONUS5");
    await chooseStore(page, /Kota Kasablanka/);
    await dialog.getByLabel("POS invoice number").fill("KK-20261122-003");
    await dialog.getByRole("button", { name: "Review redemption" }).click();
    await confirmWithReason(page, "Redeem", "Member showed the promo flyer; POS was offline");

    const result = page.getByTestId("redemption-result");
    await expect(result).toContainText("5 Bonus Stamps");
    await expect(result.getByTestId("stamps-change-after")).toHaveText("8");
    expect(await stampsOf(pos, member.email)).toBe(8);
  });

  test("[SUPPORT][REDEMPTIONS]: a refused redemption is explained in plain words", async ({ page, signInAs }) => {
    const member = await memberWithStamps(pos, 3);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Redeem…" }).click();
    await page.getByRole("menuitem", { name: "A promo code…" }).click();

    const dialog = page.getByRole("dialog");
    // The demo's SOLDOUT code has no redemptions left.
    await dialog.getByLabel("Promo code").fill("SOLDOUT");
    await chooseStore(page, /Grand Indonesia/);
    await dialog.getByLabel("POS invoice number").fill("GI-20261122-044");
    await dialog.getByRole("button", { name: "Review redemption" }).click();
    await confirmWithReason(page, "Redeem");

    await expect(dialog.getByTestId("refusal")).toContainText(
      "This promo code is used up: all of its redemptions have been taken.",
    );
    await expect(dialog.getByLabel("Promo code")).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByLabel("Promo code")).toBeFocused();
    expect(await stampsOf(pos, member.email)).toBe(3);
  });

  test("[MARKETING][REDEMPTIONS]: marketing sees no Redeem menu", async ({ page, signInAs }) => {
    const member = await memberWithStamps(pos, 5);
    await signInAs("MARKETING");
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("member-card")).toBeVisible();
    await expect(page.getByRole("button", { name: "Redeem…" })).toHaveCount(0);
  });
});
