import { issueVoucher, registerMember, uniquePhone } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

test.describe("[CONSOLE][STALE RESULTS]", () => {
  test("the voucher check drops its result once the input changes and is no longer valid", async ({
    page,
    signInAs,
  }) => {
    const owner = await registerMember(pos);
    const { code } = await issueVoucher(pos, owner.email);
    await signInAs("SUPPORT");
    await page.goto("/vouchers");
    await page.getByLabel("Voucher code").fill(code);
    await page.getByLabel("Store").click();
    await page.getByRole("option", { name: /Grand Indonesia/ }).click();
    await page.getByRole("button", { name: "Check code" }).click();
    const result = page.getByTestId("validation-result");
    await expect(result).toContainText(`${code} can be redeemed here`);

    await page.getByLabel("Voucher code").fill("");
    await page.getByRole("button", { name: "Check code" }).click();
    await expect(page.getByText("Enter the voucher code")).toBeVisible();
    await expect(result).toHaveCount(0);
  });

  test("right after saving a member the card shows the new phone and birthday, never the old ones", async ({
    page,
    signInAs,
  }) => {
    const oldPhone = uniquePhone();
    const newPhone = uniquePhone();
    const member = await registerMember(pos, { phone: oldPhone });
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    const card = page.getByTestId("member-card");
    await expect(card).toContainText(oldPhone);

    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${member.name}` });
    await dialog.getByLabel("Phone").fill(newPhone);
    await dialog.getByLabel("Birthday").fill("1990-02-03");
    await dialog.getByRole("button", { name: "Review changes" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByLabel("Reason (optional, kept in the audit log)").fill("Member gave a new phone number");

    // Stamps' fresh copy of the member arrives late: until then the page must show what was saved, not the old values.
    await page.route("**/api/trpc/**members.get**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await route.continue();
    });
    await confirm.getByRole("button", { name: "Save in Stamps" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    // Stamps may write the number back as 0812…: compare the subscriber digits.
    await expect(card).toContainText(newPhone.slice(-9), { timeout: 2_000 });
    await expect(card).toContainText("Feb 1990", { timeout: 500 });
    await expect(card).not.toContainText(oldPhone.slice(-9));
  });
});
