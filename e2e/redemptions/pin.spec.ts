import type { Page } from "@playwright/test";
import { expect, signIn, test } from "../fixtures/auth";
import { addStamps, chooseStore, confirmWithReason, createPinMerchantAgent, MERCHANT_15_TOKEN, stampsOf } from "./pos";

// Alice (2456) is the demo member of merchant 15, which asks for the member's PIN; these tests share her.
const ALICE = 2456;
const aliceStamps = () => stampsOf(ALICE, 15, MERCHANT_15_TOKEN);

test.describe("[REDEMPTIONS][PIN]", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async () => {
    await addStamps("customer@stamps.co.id", 20, 5, MERCHANT_15_TOKEN);
  });

  async function startRewardRedemption(page: Page) {
    await signIn(page, await createPinMerchantAgent());
    await page.goto(`/members/${ALICE}`);
    await page.getByRole("button", { name: "Redeem…" }).click();
    await page.getByRole("menuitem", { name: "A reward…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("radio", { name: /Es Kopi Susu/ }).check();
    await chooseStore(page, /Sarinah/);
    await dialog.getByRole("button", { name: "Review redemption" }).click();
    await confirmWithReason(page, "Redeem", "Member's app crashed at the till; ticket #PIN-1");
    await expect(dialog.getByRole("heading", { name: "Member's PIN needed" })).toBeVisible();
    return dialog;
  }

  test("[SUPPORT][REDEMPTIONS]: the member approves a redemption with their PIN", async ({ page }) => {
    const before = await aliceStamps();
    const dialog = await startRewardRedemption(page);
    const pin = dialog.getByLabel("Member's PIN");
    await expect(pin).toHaveAttribute("type", "password");

    await pin.fill("000000");
    await dialog.getByRole("button", { name: "Approve and redeem" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Invalid PIN. 2 attempts left.");
    expect(await aliceStamps()).toBe(before);

    await pin.fill("123456");
    await dialog.getByRole("button", { name: "Approve and redeem" }).click();
    const result = page.getByTestId("redemption-result");
    await expect(result).toContainText("Es Kopi Susu");
    await expect(result.getByTestId("stamps-change-after")).toHaveText(String(before - 8));
    expect(await aliceStamps()).toBe(before - 8);
  });

  test("[SUPPORT][REDEMPTIONS]: wrong PINs block the request and nothing is redeemed", async ({ page }) => {
    const before = await aliceStamps();
    const dialog = await startRewardRedemption(page);
    const pin = dialog.getByLabel("Member's PIN");
    for (const [guess, left] of [
      ["111111", "2 attempts"],
      ["222222", "1 attempt"],
    ] as const) {
      await pin.fill(guess);
      await dialog.getByRole("button", { name: "Approve and redeem" }).click();
      await expect(dialog.getByRole("alert")).toHaveText(`Invalid PIN. ${left} left.`);
    }
    await pin.fill("333333");
    await dialog.getByRole("button", { name: "Approve and redeem" }).click();
    await expect(dialog.getByTestId("pin-blocked")).toContainText(
      "Stamps blocked this request after too many wrong PINs",
    );
    await expect(dialog.getByLabel("Member's PIN")).toHaveCount(0);
    expect(await aliceStamps()).toBe(before);
  });
});
