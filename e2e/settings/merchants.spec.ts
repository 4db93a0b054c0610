import { e2eEnv } from "../../scripts/test/test-env.mjs";
import { storedTokenProblems } from "../../testing/stored-token";
import { expect, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { saveScreen } from "../fixtures/screens";

test.describe("[SETTINGS][MERCHANTS]", () => {
  test("an admin adds a merchant; the token is stored encrypted and the change is in the audit log", async ({
    page,
    signInAs,
  }) => {
    const stampsMerchantId = 9000 + Math.floor(Math.random() * 999);
    const token = `e2e-secret-token-${stampsMerchantId}-wxyz`;
    await signInAs("ADMIN");
    await page.goto("/settings");
    await page.getByRole("button", { name: "Add merchant" }).click();

    const dialog = page.getByRole("dialog", { name: "Add merchant" });
    await dialog.getByLabel("Stamps merchant ID").fill(String(stampsMerchantId));
    await dialog.getByLabel("Name").fill(`E2E Kopi ${stampsMerchantId}`);
    await dialog.getByLabel("API base URL").fill("https://stamps.example.com");
    await dialog.getByLabel("API token").fill(token);
    await dialog.getByRole("button", { name: "Save" }).click();
    // An address off the allow-list is refused on the field (the token must not go there), and nothing typed is lost.
    await expect(dialog.getByText(/^Use one of the Stamps API addresses this back office allows/)).toBeVisible();
    await expect(dialog.getByLabel("API token")).toHaveValue(token);

    await dialog.getByLabel("API base URL").fill("https://stamps.co.id");
    await dialog.getByRole("button", { name: "Save" }).dblclick();
    await expect(dialog).toBeHidden();

    const row = page.getByRole("row", { name: new RegExp(`E2E Kopi ${stampsMerchantId}`) });
    await expect(row).toContainText("•••• wxyz");
    await expect(page.getByText(token)).toHaveCount(0);

    const saved = await e2eDb().merchant.findMany({ where: { stampsMerchantId } });
    expect(saved).toHaveLength(1);
    expect(storedTokenProblems(saved[0]!, token, e2eEnv.TOKEN_ENCRYPTION_KEY!)).toEqual([]);

    // A link to the log filtered on this merchant, as staff would share it.
    await page.goto(`/audit?action=merchants.create&target=${encodeURIComponent(`merchant:${stampsMerchantId}`)}`);
    const events = page.getByRole("row").filter({ hasText: "Added a merchant" });
    await expect(events.filter({ hasText: "Done" })).toHaveCount(1);
    await expect(events.filter({ hasText: "Refused: the input was not accepted" })).toHaveCount(1);
    await expect(page.getByText(token)).toHaveCount(0);
  });

  test("[ADMIN][MERCHANTS]: Test connection says in plain words that the stored token works", async ({
    page,
    signInAs,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAs("ADMIN");
    await page.goto("/settings");
    await page.getByRole("button", { name: "Actions for Stamps Coffee" }).click();
    await page.getByRole("menuitem", { name: "Test connection" }).click();
    const dialog = page.getByRole("dialog", { name: "Connection to Stamps: Stamps Coffee" });
    await expect(dialog.getByRole("status")).toContainText(/Connected: Stamps at localhost:\d+ accepted the token/);
    await saveScreen(page, "merchant-test-connection");
    await dialog.getByRole("button", { name: "Close", exact: true }).first().click();
    await expect(dialog).toBeHidden();
  });
});
