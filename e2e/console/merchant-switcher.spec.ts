import { addStamps, memberStatus, registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos, pos15 } from "../fixtures/pos";

test.describe("[CONSOLE][MERCHANTS]", () => {
  test("an admin working for two merchants switches between them", async ({ page, signInAs }) => {
    const member = await registerMember(pos15, { merchant: 15 });
    await addStamps(pos15, member.email, 7, { merchant: 15 });
    const atOther = await memberStatus(pos15, member.email, 15);

    await signInAs("ADMIN", { merchants: [14, 15] });
    await page.goto("/members");
    const switchTo = async (name: string) => {
      await page.getByRole("combobox", { name: "Merchant" }).click();
      await page.getByRole("option", { name: new RegExp(name) }).click();
      await expect(page.getByText(`Look up a ${name} member in Stamps.`)).toBeVisible();
    };
    await switchTo("Stamps Coffee");
    await switchTo("Kopi Nusantara");

    await page.getByRole("combobox", { name: "Find a member" }).fill(member.email);
    await page.getByRole("combobox", { name: "Find a member" }).press("Enter");
    const card = page.getByTestId("member-card");
    await expect(card.getByTestId("member-level")).toHaveText(atOther.membership_status);
    await expect(card.getByTestId("member-stamps")).toHaveText("7");

    // The choice sticks across pages and reloads.
    await page.goto("/members");
    await expect(page.getByText("Look up a Kopi Nusantara member in Stamps.")).toBeVisible();
  });

  test("a support agent working for one merchant has no switcher", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/members");
    await expect(page.getByText("Merchant 14")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Merchant" })).toHaveCount(0);
  });
});

test.describe("[CONSOLE][MERCHANTS] switching on a member's page", () => {
  test("the member page names its merchant, and switching goes back to Members with a notice", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    await signInAs("ADMIN", { merchants: [14, 15] });
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("active-merchant")).toContainText("Member of Stamps Coffee · merchant 14", {
      timeout: 30_000,
    });
    await page.getByRole("combobox", { name: "Merchant" }).click();
    await page.getByRole("option", { name: /Kopi Nusantara/ }).click();
    await expect(page).toHaveURL(/\/members$/);
    await expect(page.getByText("Now working for Kopi Nusantara")).toBeVisible();
    await expect(page.getByText("This member's page belonged to the merchant before")).toBeVisible();
    await expect(page.getByText("Look up a Kopi Nusantara member in Stamps.")).toBeVisible();
  });
});
