import { registerMember, uniqueCard } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

test.describe("[MEMBERS][PALETTE]", () => {
  test("Ctrl+K jumps to a member from another page", async ({ page, signInAs }) => {
    const card = uniqueCard();
    const member = await registerMember(pos, { card });
    await signInAs("SUPPORT");
    await page.goto("/transactions");
    await expect(page.getByRole("heading", { name: "Transactions" })).toBeVisible();

    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Jump to a member" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("combobox", { name: "Member" }).fill(card);
    await dialog.getByRole("combobox", { name: "Member" }).press("Enter");

    await expect(page).toHaveURL(new RegExp(`/members/${member.id}$`));
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("member-card").getByRole("heading", { name: member.name })).toBeVisible();
  });
});
