import { expect, test } from "../fixtures/auth";
import { chooseStore, confirmWithReason, createMember, stampsOf } from "./pos";

test.describe("[REDEMPTIONS][REDEEM]", () => {
  test("[SUPPORT][REDEMPTIONS]: agent redeems a reward for a member at a store", async ({ page, signInAs }) => {
    const member = await createMember(50);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Redeem…" }).click();
    await page.getByRole("menuitem", { name: "A reward…" }).click();

    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("radio", { name: /Curry Chicken.*60 stamps.*Not enough stamps/ })).toBeDisabled();
    await dialog.getByRole("radio", { name: /Mee Goreng/ }).check();
    await chooseStore(page, /Plaza Senayan/);
    await dialog.getByLabel("POS invoice number (optional)").fill("PS-20261122-017");
    await dialog.getByRole("button", { name: "Review redemption" }).click();
    await expect(page.getByRole("alertdialog")).toContainText("Stamps takes 20 of their 50 stamps");
    await confirmWithReason(page, "Redeem");

    const result = page.getByTestId("redemption-result");
    await expect(result).toContainText("Mee Goreng for");
    await expect(result).toContainText("at Plaza Senayan");
    await expect(result.getByTestId("stamps-change-after")).toHaveText("30");
    expect(await stampsOf(member.email)).toBe(30);

    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByTestId("member-stamps")).toHaveText("30");
    await page.getByRole("tab", { name: "Staff activity" }).click();
    await expect(page.getByRole("list", { name: "Staff activity" })).toContainText("redemptions.redeem-reward");
  });

  test("[SUPPORT][REDEMPTIONS]: agent redeems a promo code", async ({ page, signInAs }) => {
    const member = await createMember(3);
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
    expect(await stampsOf(member.email)).toBe(8);
  });

  test("[SUPPORT][REDEMPTIONS]: a refused redemption is explained in plain words", async ({ page, signInAs }) => {
    const member = await createMember(3);
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
    expect(await stampsOf(member.email)).toBe(3);
  });

  test("[MARKETING][REDEMPTIONS]: marketing sees no Redeem menu", async ({ page, signInAs }) => {
    const member = await createMember(5);
    await signInAs("MARKETING");
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("member-card")).toBeVisible();
    await expect(page.getByRole("button", { name: "Redeem…" })).toHaveCount(0);
  });
});
