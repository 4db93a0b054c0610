import { addSale, registerMember, stampsOf, transactionDetails } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";

test("[SUPPORT][TRANSACTIONS]: agent modifies a transaction after previewing the new stamps", async ({
  page,
  signInAs,
}) => {
  const member = await registerMember(pos, { name: "Rina Wulandari" });
  await addSale(pos, member.id, 100_000);
  const sale = await addSale(pos, member.id, 80_000, {
    items: [
      { product_name: "Cafe Latte", quantity: 2, subtotal: 70_000 },
      { product_name: "AQUA", quantity: 2, subtotal: 8_000 },
    ],
  });
  const before = await stampsOf(pos, member.id);

  await signInAs("SUPPORT");
  await page.goto(`/transactions/${sale.id}?member=${member.id}`);
  await page.getByRole("button", { name: "Modify" }).click();
  const form = page.getByRole("dialog");
  await form.getByLabel("Take off the total").fill("35.000");
  await form.getByLabel("Quantity of Cafe Latte to take off").fill("1");
  await form.getByLabel("Quantity of Cafe Latte to take off").press("Enter");

  const confirm = page.getByRole("alertdialog");
  const preview = confirm.getByTestId("modify-preview");
  await expect(preview).toContainText(`${sale.stamps_earned} → `);
  const previewed = Number(/→ (\d+)/.exec((await preview.textContent()) ?? "")?.[1]);
  expect(previewed).toBeLessThan(sale.stamps_earned);
  await expect(confirm).toContainText("Rp 80.000 → Rp 45.000");
  await expect(confirm.getByRole("note")).toContainText("Vouchers already issued for this transaction");
  await expect(confirm.getByRole("note")).toContainText("are not taken back");

  await saveScreen(page, "transaction-modify-preview");
  await confirm.getByRole("button", { name: "Modify transaction" }).click();
  await expect(confirm.getByText("Say why in a few words")).toBeVisible();
  await confirm.getByLabel("Reason (kept in the audit log)").fill("One latte refunded at the counter");
  await confirm.getByRole("button", { name: "Modify transaction" }).click();

  const result = page.getByTestId("change-result");
  await expect(result).toContainText("Transaction modified");
  await expect(result.getByTestId("result-stamps-earned")).toHaveText(`${previewed} stamps`);
  await expect(page.getByTestId("transaction-value")).toHaveText("Rp 45.000");
  await saveScreen(page, "transaction-modify-result", { fullPage: true });

  const details = await transactionDetails(pos, sale.id);
  expect(details).toMatchObject({ value: 45_000, stamps: previewed });
  expect(details.items.find((item) => item.name === "Cafe Latte")?.quantity).toBe(1);
  expect(await stampsOf(pos, member.id)).toBe(before - sale.stamps_earned + previewed);
});
