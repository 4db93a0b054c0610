import { registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

// zod's own wording ("Invalid input: expected \"\"", "Too big: expected string to have <=120 characters") must never
// reach staff: one error map turns every issue into a sentence about what was typed.
const RAW_ZOD = /Invalid input|expected string|Too big|Too small|expected number/;

test.describe("[CONSOLE][VALIDATION]", () => {
  test("an email like a@b in Edit member is answered with a sentence", async ({ page, signInAs }) => {
    const member = await registerMember(pos);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${member.name}` });
    await dialog.getByLabel("Email").fill("a@b");
    await dialog.getByRole("button", { name: "Review changes" }).click();
    await expect(dialog.getByText("Enter a valid email address, like name@example.com")).toBeVisible();
    await expect(dialog.getByText(RAW_ZOD)).toHaveCount(0);
  });

  test("a card number that starts with a dash is stopped on the form, before the review", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${member.name}` });
    await dialog.getByLabel("Add a card number").fill("-12");
    await dialog.getByRole("button", { name: "Review changes" }).click();
    await expect(dialog.getByText("Use digits and letters only")).toBeVisible();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
  });

  test("abc as a discount is answered with a sentence", async ({ page, signInAs }) => {
    const member = await registerMember(pos);
    await signInAs("SUPPORT");
    await page.goto(`/transactions/new?member=${member.id}`);
    await expect(page.getByRole("heading", { name: "Add a missed transaction" })).toBeVisible();
    await page.getByLabel("Total value").fill("50000");
    await page.getByLabel("Discount (optional)").fill("abc");
    await page.getByRole("button", { name: "Preview stamps" }).click();
    await expect(page.getByText("Enter an amount in Rupiah, e.g. 50000")).toBeVisible();
    await expect(page.getByText(RAW_ZOD)).toHaveCount(0);
  });

  test("a merchant name of 121 characters is answered with a sentence", async ({ page, signInAs }) => {
    await signInAs("ADMIN");
    await page.goto("/settings");
    await page.getByRole("button", { name: "Add merchant" }).click();
    const dialog = page.getByRole("dialog", { name: "Add merchant" });
    await dialog.getByLabel("Name").fill("M".repeat(121));
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByText("Use at most 120 characters")).toBeVisible();
    await expect(dialog.getByText(RAW_ZOD)).toHaveCount(0);
  });
});
