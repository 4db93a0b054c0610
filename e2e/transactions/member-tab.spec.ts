import { addSale, registerMember, SALE_DAY } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";

test.describe("[SUPPORT][TRANSACTIONS] member tab", () => {
  test("[SUPPORT][TRANSACTIONS]: the member's Transactions tab filters and loads older", async ({ page, signInAs }) => {
    const member = await registerMember(pos, { name: "Putri Anggraini" });
    const january = await addSale(pos, member.id, 15_000, { created: "2025-01-20T08:30:00+07:00" });
    const sales = [];
    for (let index = 0; index < 12; index++)
      sales.push(await addSale(pos, member.id, 20_000 + index * 1000, { channel: index < 3 ? 7 : 2 }));

    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("tab", { name: "Transactions" }).click();
    const rows = page.getByTestId("transaction-row");
    await expect(rows).toHaveCount(10);
    const newest = sales.at(-1)!;
    await expect(rows.first()).toContainText(newest.invoice);
    await expect(rows.first()).toContainText("Rp 31.000");
    await expect(rows.first()).toContainText("12:15");
    await expect(rows.first()).toContainText("Recorded");

    await saveScreen(page, "member-transactions-tab", { fullPage: true });
    await page.getByRole("button", { name: "Load older" }).click();
    await expect(rows).toHaveCount(13);
    await expect(rows.last()).toContainText(january.invoice);
    await expect(rows.last()).toContainText("20 Jan 2025, 08:30");
    await expect(page.getByRole("button", { name: "Load older" })).toHaveCount(0);

    await page.getByRole("button", { name: /Channel/ }).click();
    await page.getByRole("menuitemcheckbox", { name: "Call Center" }).click();
    await page.keyboard.press("Escape");
    await expect(rows).toHaveCount(3);
    for (const sale of sales.slice(0, 3)) await expect(page.getByRole("link", { name: sale.invoice })).toBeVisible();

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByLabel("From").fill("2025-01-01");
    await page.getByLabel("To").fill("2025-01-31");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(january.invoice);

    await page.getByLabel("From").fill(SALE_DAY);
    await expect(page.getByText("The end date is before the start date.")).toBeVisible();

    await page.getByRole("button", { name: "Clear filters" }).click();
    await rows.first().click();
    await expect(page).toHaveURL(new RegExp(`/transactions/${newest.id}\\?member=${member.id}$`));
    await expect(page.getByTestId("transaction-member")).toContainText(member.name);
  });

  test("[MARKETING][TRANSACTIONS]: marketing sees neither the tab nor the actions", async ({ page, signInAs }) => {
    const member = await registerMember(pos);
    const sale = await addSale(pos, member.id, 20_000);
    await signInAs("MARKETING");
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("member-card")).toBeVisible();
    await expect(page.getByRole("tab", { name: "Transactions" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Add transaction" })).toHaveCount(0);
    await page.goto(`/transactions/${sale.id}`);
    await expect(page.getByRole("heading", { name: "You cannot open Transactions" })).toBeVisible();
  });
});
