import {
  memberVouchers,
  memberWithStamps,
  redeemReward,
  redeemVoucher,
  rewardCost,
  stampsOf,
} from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";
import { confirmWithReason } from "./dialogs";

const voucherCodes = async (user: string) => (await memberVouchers(pos, user)).map((voucher) => voucher.code);

test.describe("[REDEMPTIONS][CANCEL]", () => {
  test("[SUPPORT][REDEMPTIONS]: agent cancels a redemption with a replacement voucher", async ({ page, signInAs }) => {
    // At the till: a voucher-type reward gives the member a voucher, which the POS then redeems by mistake.
    const cost = await rewardCost(pos, 2);
    const member = await memberWithStamps(pos, cost + 6);
    const reward = await redeemReward(pos, member.email, 2);
    const used = reward.voucher!;
    const redemption = await redeemVoucher(pos, member.email, used.id);
    expect(await voucherCodes(member.email)).not.toContain(used.code);

    await signInAs("SUPPORT");
    await page.goto(`/redemptions?member=${member.id}`);
    await page.getByLabel("Redemption ID").fill(String(redemption.redemption.id));
    await expect(page.getByTestId("cancel-member-found")).toContainText(member.name);
    await page.getByRole("radio", { name: /Issue a replacement voucher/ }).check();
    await page.getByRole("button", { name: "Review cancellation" }).click();

    await expect(page.getByRole("alertdialog").getByTestId("cancel-summary")).toContainText(
      "A voucher it used is replaced by a new code of the same voucher.",
    );
    const request = page.getByRole("alertdialog").getByTestId("cancel-request");
    await expect(request).toBeHidden();
    await page.getByRole("alertdialog").getByText("Details").click();
    await expect(request).toContainText("POST /api/redemptions/cancel");
    await expect(request).toContainText(`"id": ${redemption.redemption.id}`);
    await expect(request).toContainText('"create_replacement_voucher": true');
    await confirmWithReason(page, "Cancel redemption", "POS redeemed the voucher twice; ticket #881");

    const result = page.getByTestId("cancel-result");
    await expect(result).toContainText(`Redemption #${redemption.redemption.id} cancelled`);
    const code = (await result.getByTestId("voucher-code").innerText()).trim();
    expect(code).not.toBe(used.code);
    await expect(result.getByTestId("cancel-stamps-after")).toHaveText("6");
    await expect(result).toContainText("Unchanged: this redemption used no stamps.");
    await saveScreen(page, "redemption-cancel-result", { fullPage: true });

    // What Stamps holds now: the replacement code is the member's, their stamps untouched.
    expect(await voucherCodes(member.email)).toContain(code);
    expect(await stampsOf(pos, member.email)).toBe(6);

    await result.getByRole("link", { name: /vouchers/ }).click();
    await expect(page).toHaveURL(new RegExp(`/members/${member.id}$`));
    await expect(page.getByText(code).first()).toBeVisible();
  });

  test("[SUPPORT][REDEMPTIONS]: agent cancels a reward redemption and the stamps come back", async ({
    page,
    signInAs,
  }) => {
    const cost = await rewardCost(pos, 6);
    const member = await memberWithStamps(pos, cost + 10);
    const { redemption } = await redeemReward(pos, member.email, 6);
    expect(await stampsOf(pos, member.email)).toBe(10);

    await signInAs("SUPPORT");
    await page.goto("/redemptions");
    await page.getByLabel("Redemption ID").fill(String(redemption.id));
    await page.getByLabel("Member", { exact: true }).fill(member.email);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await expect(page.getByTestId("cancel-member-found")).toContainText("10 stamps");
    await page.getByRole("button", { name: "Review cancellation" }).click();
    await expect(page.getByRole("alertdialog").getByTestId("cancel-summary")).toContainText(
      "A voucher it used becomes usable again with the same code.",
    );
    await confirmWithReason(page, "Cancel redemption");

    const result = page.getByTestId("cancel-result");
    await expect(result.getByTestId("cancel-stamps-after")).toHaveText(String(cost + 10));
    await expect(result).toContainText(`${cost} stamps went back to the member.`);
    expect(await stampsOf(pos, member.email)).toBe(cost + 10);
  });

  test("[SUPPORT][REDEMPTIONS]: a refused cancel is explained and changes nothing", async ({ page, signInAs }) => {
    const member = await memberWithStamps(pos, await rewardCost(pos, 6));
    const { redemption } = await redeemReward(pos, member.email, 6);
    await pos.post("/api/redemptions/cancel", { id: redemption.id });
    const held = await stampsOf(pos, member.email);

    await signInAs("SUPPORT");
    await page.goto(`/redemptions?member=${member.id}`);
    await page.getByLabel("Redemption ID").fill(String(redemption.id));
    await expect(page.getByTestId("cancel-member-found")).toBeVisible();
    await page.getByRole("button", { name: "Review cancellation" }).click();
    await confirmWithReason(page, "Cancel redemption");

    await expect(page.getByTestId("refusal")).toContainText(
      "This redemption was already cancelled earlier. Nothing changed.",
    );
    await expect(page.getByLabel("Redemption ID")).toHaveAttribute("aria-invalid", "true");
    expect(await stampsOf(pos, member.email)).toBe(held);
  });

  test("[MARKETING][REDEMPTIONS]: marketing cannot open redemptions", async ({ page, signInAs }) => {
    await signInAs("MARKETING");
    await page.goto("/redemptions");
    await expect(page.getByRole("heading", { name: "You cannot open Redemptions" })).toBeVisible();
    await expect(page.getByLabel("Redemption ID")).toHaveCount(0);
  });
});
