import { addSale, transactionDetails } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";

test("[SUPPORT][TRANSACTIONS]: agent records the items of an open transaction (add-or-update)", async ({
  page,
  signInAs,
}) => {
  const open = await addSale(pos, null, 45_000);

  await signInAs("SUPPORT");
  await page.goto("/transactions");
  await page.getByLabel("Transaction ID").fill(String(open.id));
  await page.getByLabel("Transaction ID").press("Enter");
  await expect(page.getByRole("heading", { name: `Invoice ${open.invoice}` })).toBeVisible();
  await expect(page.getByTestId("transaction-status")).toHaveText("Open · no member");
  await expect(page.getByTestId("transaction-member")).toContainText("recorded without a member");

  await page.getByRole("button", { name: "Record items" }).click();
  const form = page.getByRole("dialog");
  await form.getByLabel("Product, item 1").fill("Americano");
  await form.getByLabel("Line total, item 1").fill("30000");
  await form.getByLabel("Line total, item 1").press("Enter");
  await form.getByLabel("Product, item 2").fill("Kaya Bun");
  await form.getByLabel("Line total, item 2").fill("10000");
  await expect(form.getByTestId("items-total")).toContainText("Rp 5.000 to go");

  // Stamps wants the items to add up to the value: the form says so before anything is sent.
  await form.getByRole("button", { name: "Preview stamps" }).click();
  await expect(form.getByRole("alert")).toContainText("must add up to the transaction's Rp 45.000");
  await saveScreen(page, "transaction-complete-items-dialog");
  await form.getByLabel("Line total, item 2").fill("15000");
  await expect(form.getByTestId("items-total")).toContainText("✓");
  await form.getByRole("button", { name: "Preview stamps" }).click();

  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByTestId("completion-preview")).toContainText("0 stamps");
  await expect(confirm).toContainText("open transaction with no member");
  await confirm.getByLabel("Reason (kept in the audit log)").fill("Receipt items sent by the store manager");
  await confirm.getByRole("button", { name: "Record items" }).click();

  await expect(page.getByTestId("change-result")).toContainText("Items recorded");
  await expect(page.getByRole("table", { name: "Items" })).toContainText("Americano");
  await expect(page.getByRole("button", { name: "Record items" })).toHaveCount(0);

  const details = await transactionDetails(pos, open.id);
  expect(details.items.map((item) => [item.name, item.quantity])).toEqual([
    ["Americano", 1],
    ["Kaya Bun", 1],
  ]);
});
