import { addSale, registerMember, SALE_DAY, stampsOf } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";

/** SALE_DAY (ISO) as the date field takes it: day/month/year. */
const saleDay = SALE_DAY.split("-").reverse().join("/");

type ByUser = { transactions: { id: number; invoice_number: string; value: number; stamps_earned: number }[] };

test("[SUPPORT][TRANSACTIONS]: agent adds a missed transaction for a member", async ({ page, signInAs }) => {
  const member = await registerMember(pos, { name: "Agus Hidayat" });
  const invoice = `MISSED-${Date.now().toString(36).toUpperCase()}`;

  await signInAs("SUPPORT");
  await page.goto(`/members/${member.id}`);
  await page.getByRole("link", { name: "Add transaction" }).click();
  await expect(page.getByRole("heading", { name: "Add a missed transaction" })).toBeVisible();

  await page.getByLabel("Store").click();
  await page.getByRole("option", { name: /Plaza Senayan/ }).click();
  await page.getByLabel("Invoice number").fill(invoice);
  await page.getByLabel("Date & time").fill(saleDay);
  await page.getByLabel("Time of the sale (24-hour)").fill("19:45");
  await page.getByLabel("Total value").fill("62.000");

  // Items by keyboard: Enter moves on and adds the next line.
  await page.getByRole("button", { name: "Add item" }).click();
  await page.getByLabel("Product, item 1").fill("Americano");
  await page.keyboard.press("Tab");
  await page.keyboard.type("1");
  await page.keyboard.press("Tab");
  await page.keyboard.type("30000");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Product, item 2")).toBeFocused();
  await page.keyboard.type("Croissant");
  await page.getByLabel("Quantity, item 2").fill("1");
  await page.getByLabel("Line total, item 2").fill("32000");
  await expect(page.getByTestId("items-total")).toContainText("Rp 62.000");

  await page.getByRole("button", { name: "Add payment" }).click();
  await page.getByLabel("Payment method, payment 1").fill("10");
  await page.getByLabel("Amount, payment 1").fill("62000");

  await saveScreen(page, "transaction-add-form", { fullPage: true });
  await page.getByRole("button", { name: "Preview stamps" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm.getByTestId("earnings-preview")).toContainText("+6 stamps");
  await saveScreen(page, "transaction-add-confirm");
  await expect(confirm.getByTestId("earnings-preview")).toContainText("0 stamps → 6 stamps");
  await confirm.getByLabel("Reason (kept in the audit log)").fill("POS was offline during the evening shift");
  await confirm.getByRole("button", { name: "Add transaction" }).dblclick();

  const result = page.getByTestId("change-result");
  await expect(result).toContainText(`Transaction added for ${member.name}`);
  await expect(result.getByTestId("result-member-stamps")).toHaveText("6 stamps");

  const body = await pos.get<ByUser>("/api/transactions/by-user", { user: member.id });
  expect(body.transactions.filter((row) => row.invoice_number === invoice)).toEqual([
    expect.objectContaining({ value: 62_000, stamps_earned: 6 }),
  ]);
  expect(await stampsOf(pos, member.id)).toBe(6);

  await result.getByRole("link", { name: "Open the transaction" }).click();
  await expect(page.getByRole("heading", { name: `Invoice ${invoice}` })).toBeVisible();
  await expect(page.getByText(/19:45/)).toBeVisible();
});

test("[SUPPORT][TRANSACTIONS]: a duplicate invoice lands on its field", async ({ page, signInAs }) => {
  const member = await registerMember(pos, { name: "Siti Rahma" });
  // The POS already sent this invoice at Plaza Senayan (store 32) that day; the form tries it again.
  const invoice = `DUP-${Date.now().toString(36).toUpperCase()}`;
  await addSale(pos, member.id, 20_000, { invoice_number: invoice, created: `${SALE_DAY}T10:00:00+07:00` });

  await signInAs("SUPPORT");
  await page.goto(`/transactions/new?member=${member.id}`);
  await page.getByLabel("Store").click();
  await page.getByRole("option", { name: /Plaza Senayan/ }).click();
  await page.getByLabel("Invoice number").fill(invoice);
  await page.getByLabel("Date & time").fill(saleDay);
  await page.getByLabel("Time of the sale (24-hour)").fill("10:00");
  await page.getByLabel("Total value").fill("20000");
  await page.getByRole("button", { name: "Preview stamps" }).click();
  const confirm = page.getByRole("alertdialog");
  await confirm.getByLabel("Reason (kept in the audit log)").fill("Missed by the POS");
  await confirm.getByRole("button", { name: "Add transaction" }).click();

  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page.getByLabel("Invoice number")).toHaveAttribute("aria-invalid", "true");
  // Stamps still holds the one sale under that invoice.
  const { transactions } = await pos.get<ByUser>("/api/transactions/by-user", { user: member.id });
  expect(transactions.filter((row) => row.invoice_number === invoice)).toHaveLength(1);
});
