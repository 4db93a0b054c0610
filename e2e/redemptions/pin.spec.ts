import type { Page } from "@playwright/test";
import { addStamps, rewardsOf, stampsOf } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos15 } from "../fixtures/pos";
import { chooseStore, confirmWithReason } from "./dialogs";

// Merchant 15 asks members to approve redemptions with their PIN. The Stamps API cannot set a PIN, so
// these tests use the one member seeded with one there (2456, PIN 123456); no other spec touches that
// membership, and the tests read its stamps and the reward's cost from Stamps, not from the seed.
const PIN_MEMBER = 2456;
const memberStamps = () => stampsOf(pos15, PIN_MEMBER, 15);

test.describe("[REDEMPTIONS][PIN]", () => {
  test.describe.configure({ mode: "serial" });
  let cost: number;

  test.beforeAll(async () => {
    cost = (await rewardsOf(pos15)).find((reward) => reward.name === "Es Kopi Susu")!.stamps_to_redeem;
    await addStamps(pos15, String(PIN_MEMBER), 2 * cost, { merchant: 15 });
  });

  async function startRewardRedemption(
    page: Page,
    signInAs: (role: "SUPPORT", options: { merchants: number[] }) => Promise<unknown>,
  ) {
    await signInAs("SUPPORT", { merchants: [15] });
    await page.goto(`/members/${PIN_MEMBER}`);
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
