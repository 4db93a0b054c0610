import { addSale, registerMember, stampsOf, transactionDetails } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";

test.describe("[SUPPORT][TRANSACTIONS] cancel", () => {
  test("[SUPPORT][TRANSACTIONS]: agent cancels a transaction", async ({ page, signInAs }) => {
    const member = await registerMember(pos, { name: "Dewi Lestari" });
    await addSale(pos, member.id, 120_000);
    const sale = await addSale(pos, member.id, 50_000);
    const before = await stampsOf(pos, member.id);
    expect(sale.stamps_earned).toBeGreaterThan(0);

    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("tab", { name: "Transactions" }).click();
    await page.getByRole("link", { name: sale.invoice }).click();
    await expect(page).toHaveURL(new RegExp(`/transactions/${sale.id}\\?member=${member.id}$`));
    await expect(page.getByTestId("transaction-member")).toContainText(member.name);

    await page.getByRole("button", { name: "Cancel transaction" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog.getByTestId("clawback")).toContainText(`−${sale.stamps_earned} stamps`);
    await expect(dialog.getByTestId("clawback")).toContainText(
      `${before} stamps → ${before - sale.stamps_earned} stamps`,
    );
    await dialog.getByLabel("Reason (kept in the audit log)").fill("Customer returned the order; ticket #5521");
    await saveScreen(page, "transaction-cancel-dialog");

    await dialog.getByRole("button", { name: "Cancel transaction" }).dblclick();
    const result = page.getByTestId("change-result");
    await expect(result).toContainText("Transaction cancelled");
    await expect(result.getByTestId("result-member-stamps")).toHaveText(`${before - sale.stamps_earned} stamps`);
    await expect(page.getByTestId("transaction-status")).toHaveText("Cancelled");
    await saveScreen(page, "transaction-cancel-result", { fullPage: true });

    // What Stamps holds now, asked as a POS would.
    expect((await transactionDetails(pos, sale.id)).status).toBe("Canceled");
    expect(await stampsOf(pos, member.id)).toBe(before - sale.stamps_earned);

    // One cancel, audited on the member with the reason.
    await page.goto(`/members/${member.id}`);
    await page.getByRole("tab", { name: "Staff activity" }).click();
    const activity = page.getByRole("list", { name: "Staff activity" });
    await expect(activity.getByText("Cancelled a transaction")).toHaveCount(1);
    await expect(activity).toContainText("Customer returned the order; ticket #5521");
  });

  test("[SUPPORT][TRANSACTIONS]: Stamps' refusal to cancel is explained in words", async ({ page, signInAs }) => {
    const member = await registerMember(pos, { name: "Bayu Saputra" });
    const sale = await addSale(pos, member.id, 50_000);
    await pos.post("/api/v2/redemptions/redeem-reward", { user: String(member.id), store: 32, reward: 1 });
    const held = await stampsOf(pos, member.id);
    expect(held).toBeLessThan(sale.stamps_earned);

    await signInAs("SUPPORT");
    await page.goto(`/transactions/${sale.id}?member=${member.id}`);
    await page.getByRole("button", { name: "Cancel transaction" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog.getByRole("note")).toContainText(`has only ${held} stamp`);
    await saveScreen(page, "transaction-cancel-refusal-warning");
    await dialog.getByLabel("Reason (kept in the audit log)").fill("Member asked to cancel the order");
    await dialog.getByRole("button", { name: "Cancel transaction" }).click();

    const refusal = dialog.getByRole("alert");
    await expect(refusal).toContainText(
      "Stamps won't cancel this transaction: the member has already spent stamps it earned",
    );
    await expect(refusal).toContainText(`(it earned ${sale.stamps_earned} stamps; they have ${held} stamp`);
    await expect(refusal).toContainText("Modify");
    await saveScreen(page, "transaction-cancel-refused");

    expect((await transactionDetails(pos, sale.id)).status).toBe("Created");
    expect(await stampsOf(pos, member.id)).toBe(held);
  });
});
