import type { Page } from "@playwright/test";
import { issueVoucher, registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

async function checkCode(page: Page, code: string, options: { user?: string; transactionValue?: string } = {}) {
  await page.getByLabel("Voucher code").fill(code);
  await page.getByLabel("Store").click();
  await page.getByRole("option", { name: /Grand Indonesia/ }).click();
  await page.getByLabel("Member (optional)").fill(options.user ?? "");
  await page.getByLabel("Transaction value (Rp)").fill(options.transactionValue ?? "");
  await page.getByRole("button", { name: "Check code" }).click();
  return page.getByTestId("validation-result");
}

test.describe("[VOUCHERS][VALIDATE]", () => {
  test("[SUPPORT][VOUCHERS]: agent checks a voucher code at a store", async ({ page, signInAs }) => {
    const owner = await registerMember(pos);
    const other = await registerMember(pos);
    const { code } = await issueVoucher(pos, owner.email);

    await signInAs("SUPPORT");
    await page.goto("/vouchers");
    let result = await checkCode(page, code, { transactionValue: "150000" });
    await expect(result).toContainText(`${code} can be redeemed here`);
    await expect(result).toContainText("Discount Rp 100,000");
    await expect(result).toContainText("Rp 100.000");
    await expect(result).toContainText(owner.name);

    result = await checkCode(page, code, { user: other.email });
    await expect(result).toContainText(`${code} cannot be redeemed here`);
    await expect(result.getByTestId("validation-reason")).toHaveText(`This voucher is not owned by ${other.name}`);
  });

  test("[MARKETING][VOUCHERS]: an unknown code shows Stamps' reason", async ({ page, signInAs }) => {
    await signInAs("MARKETING");
    await page.goto("/vouchers");
    const result = await checkCode(page, "NO-SUCH-CODE-42");
    await expect(result).toContainText("cannot be redeemed here");
    await expect(result.getByTestId("validation-reason")).toHaveText("Voucher does not exist");
  });

  test("[SUPPORT][VOUCHERS]: the form says what is missing before asking Stamps", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/vouchers");
    await page.getByRole("button", { name: "Check code" }).click();
    await expect(page.getByText("Enter the voucher code")).toBeVisible();
    await expect(page.getByText("Choose the store")).toBeVisible();
    await expect(page.getByTestId("validation-result")).toHaveCount(0);
  });
});
