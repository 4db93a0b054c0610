import type { Page } from "@playwright/test";
import { e2eEnv } from "../../scripts/test/test-env.mjs";
import { rewardsOf, stampsOf } from "../../testing/factories/stamps-members";
import { memberWithPin } from "../../testing/factories/stamps-emulator-db";
import { expect, test } from "../fixtures/auth";
import { pos15 } from "../fixtures/pos";
import { chooseStore, confirmWithReason } from "./dialogs";

// Merchant 15 asks members to approve redemptions with their PIN: each test has a member of its own with the PIN
// 123456, and reads their stamps and the reward's cost from Stamps.

test.describe("[REDEMPTIONS][PIN]", () => {
  let cost: number;
  let memberId: number;
  const memberStamps = () => stampsOf(pos15, memberId, 15);

  test.beforeEach(async () => {
    cost = (await rewardsOf(pos15)).find((reward) => reward.name === "Es Kopi Susu")!.stamps_to_redeem;
    memberId = (await memberWithPin(pos15, { emulatorDatabaseUrl: e2eEnv.EMULATOR_DATABASE_URL, stamps: 2 * cost })).id;
  });

  async function startRewardRedemption(
    page: Page,
    signInAs: (role: "SUPPORT", options: { merchants: number[] }) => Promise<unknown>,
  ) {
    await signInAs("SUPPORT", { merchants: [15] });
    await page.goto(`/members/${memberId}`);
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

  test("[SUPPORT][REDEMPTIONS]: the member approves a redemption with their PIN", async ({ page, signInAs }) => {
    const before = await memberStamps();
    const dialog = await startRewardRedemption(page, signInAs);
    const pin = dialog.getByLabel("Member's PIN");
    await expect(pin).toHaveAttribute("type", "password");

    await pin.fill("000000");
    await dialog.getByRole("button", { name: "Approve and redeem" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Invalid PIN. 2 attempts left.");
    expect(await memberStamps()).toBe(before);

    await pin.fill("123456");
    await dialog.getByRole("button", { name: "Approve and redeem" }).click();
    const result = page.getByTestId("redemption-result");
    await expect(result).toContainText("Es Kopi Susu");
    await expect(result.getByTestId("stamps-change-after")).toHaveText(String(before - cost));
    expect(await memberStamps()).toBe(before - cost);
  });

  test("[SUPPORT][REDEMPTIONS]: wrong PINs block the request and nothing is redeemed", async ({ page, signInAs }) => {
    const before = await memberStamps();
    const dialog = await startRewardRedemption(page, signInAs);
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
    expect(await memberStamps()).toBe(before);
  });
});
