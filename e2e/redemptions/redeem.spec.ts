import { expect, test } from "../fixtures/auth";
import { stampsGet } from "../fixtures/emulator";
import { chooseStore, confirmWithReason, createMember, stampsOf, stampsPost } from "./pos";

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

  test("[SUPPORT][REDEMPTIONS]: agent spends part of a voucher's balance", async ({ page, signInAs }) => {
    const member = await createMember(0);
    // Template 1 has a dynamic value: the voucher holds a balance that purchases use up.
    await stampsPost("/api/vouchers/issue", {
      user: member.email,
      voucher_template: 1,
      start_date: new Date().toISOString().slice(0, 10),
      quantity: 1,
      value: 100_000,
    });
    const balance = async () =>
      (await stampsGet<{ vouchers: { value: number }[] }>("/api/vouchers/by-merchant-group", { user: member.email }))
        .body.vouchers[0]?.value;
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
