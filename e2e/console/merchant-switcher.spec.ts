import { e2eEnv } from "../../scripts/test/test-env.mjs";
import { expect, test } from "../fixtures/auth";
import { stampsGet, type StampsMember } from "../fixtures/emulator";

test.describe("[CONSOLE][MERCHANTS]", () => {
  test("an admin working for two merchants switches between them", async ({ page, signInAs }) => {
    const atOther = await stampsGet<StampsMember>(
      "/api/memberships/status",
      { user: "customer@stamps.co.id", merchant: 15 },
      e2eEnv.EMULATOR_OTHER_DEMO_TOKEN,
    );
    expect(atOther.status).toBe(200);

    await signInAs("ADMIN");
    await page.goto("/members");
    const switchTo = async (name: string) => {
      await page.getByRole("combobox", { name: "Merchant" }).click();
      await page.getByRole("option", { name: new RegExp(name) }).click();
      await expect(page.getByText(`Look up a ${name} member in Stamps.`)).toBeVisible();
    };
    await switchTo("Stamps Coffee");
    await switchTo("Kopi Nusantara");

    await page.getByRole("combobox", { name: "Find a member" }).fill("customer@stamps.co.id");
    await page.getByRole("combobox", { name: "Find a member" }).press("Enter");
    const card = page.getByTestId("member-card");
    await expect(card.getByTestId("member-level")).toHaveText(atOther.body.membership_status);
    await expect(card.getByTestId("member-stamps")).toHaveText(String(atOther.body.stamps));

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
