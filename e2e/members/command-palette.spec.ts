import { expect, test } from "../fixtures/auth";

test.describe("[MEMBERS][PALETTE]", () => {
  test("Ctrl+K jumps to a member from another page", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/transactions");
    await expect(page.getByRole("heading", { name: "Transactions" })).toBeVisible();

    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Jump to a member" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("combobox", { name: "Member" }).fill("123456789012");
    await dialog.getByRole("combobox", { name: "Member" }).press("Enter");

    await expect(page).toHaveURL(/\/members\/2456$/);
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("member-card").getByRole("heading", { name: "Alice" })).toBeVisible();
  });
});
