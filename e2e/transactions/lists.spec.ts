import { randomUUID } from "node:crypto";
import { addSale, memberWithStamps, registerMember, rewardsOf } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";
import { trpcMutation } from "../fixtures/trpc";

test.describe("[SUPPORT][LISTS]", () => {
  test("[SUPPORT][TRANSACTIONS]: agent finds a transaction by the invoice number on the receipt", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos, { name: "Rina Kusuma" });
    const tillSale = await addSale(pos, member.id, 42_000);
    const staff = await signInAs("SUPPORT");
    const merchantId = staff.merchants[0]!.id;
    // A sale the back office added itself: it is found without naming the member.
    const invoice = `BO-${randomUUID().slice(0, 8).toUpperCase()}`;
    const added = await trpcMutation<{ transaction: { id: number } }>(page, "transactions.add", {
      merchantId,
      memberId: member.id,
      store: 32,
      invoiceNumber: invoice,
      totalValue: 55_000,
      numberOfPeople: 1,
      created: `${new Date(Date.now() - 3600_000).toLocaleString("sv-SE", { timeZone: "Asia/Jakarta" }).slice(0, 16).replace(" ", "T")}`,
      items: [],
      payments: [],
      reason: "POS was offline; receipt photo in ticket #77",
    });

    await page.goto("/transactions");
    await page.getByLabel("Invoice number").fill(invoice);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`invoice=${invoice}`));
    const results = page.getByTestId("invoice-results");
    await expect(results).toContainText("1 found in the transactions added through this back office");
    await expect(results).toContainText("Rina Kusuma");

    // The till's sale is not in our records: naming the member searches their history in Stamps.
    await page.getByLabel("Invoice number").fill(tillSale.invoice);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await expect(results).toContainText(`No transaction with invoice ${tillSale.invoice}`);
    await page.getByLabel("Member (optional)").fill(member.email);
    await page.getByRole("button", { name: "Find", exact: true }).click();
    await expect(results).toContainText(`1 found in the back office's records and Rina Kusuma's last`);
    await page.reload();
    await expect(page.getByLabel("Invoice number")).toHaveValue(tillSale.invoice);
    await page.getByRole("link", { name: new RegExp(`transaction #${tillSale.id}`) }).click();
    await expect(page.getByTestId("transaction-member")).toContainText("Rina Kusuma");

    // Opened by ID alone, the back office's own sale still names its member.
    await page.goto(`/transactions/${added.transaction.id}`);
    await expect(page.getByTestId("transaction-member")).toContainText("Rina Kusuma");
    await expect(page.getByTestId("transaction-recorded")).toContainText(
      `Added through the back office by ${staff.email}`,
    );
  });

  test("[SUPPORT][TRANSACTIONS]: the member's transactions sort and filter, and the address keeps tab and filters", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos, { name: "Bayu Saputra" });
    const small = await addSale(pos, member.id, 12_000);
    const big = await addSale(pos, member.id, 90_000);
    const middle = await addSale(pos, member.id, 40_000);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("tab", { name: "Transactions" }).click();
    await expect(page).toHaveURL(/tab=transactions/);
    const rows = page.getByTestId("transaction-row");
    await expect(rows).toHaveCount(3, { timeout: 30_000 });
    await expect(rows.first()).toContainText(middle.invoice);

    // Amounts sort largest first, then smallest first.
    await page.getByRole("button", { name: "Value" }).click();
    await expect(rows.first()).toContainText(big.invoice);
    await page.getByRole("button", { name: "Value" }).click();
    await expect(rows.first()).toContainText(small.invoice);
    await expect(page).toHaveURL(/sort=value\.asc/);

    await page.getByLabel("Invoice contains").fill(middle.invoice.slice(-6));
    await expect(rows).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`invoice=${middle.invoice.slice(-6)}`));

    // Reloaded (or shared), the page opens on the same tab with the same filter and order.
    await page.reload();
    await expect(page.getByRole("tab", { name: "Transactions" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByLabel("Invoice contains")).toHaveValue(middle.invoice.slice(-6));
    await expect(rows).toHaveCount(1);
    await page.getByLabel("Invoice contains").fill("");
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText(small.invoice);
    await page.setViewportSize({ width: 1440, height: 900 });
    await saveScreen(page, "member-page-transactions-1440", { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreen(page, "member-page-transactions-390", { fullPage: true });
  });

  test("[SUPPORT][REDEMPTIONS]: the member's redemptions list those made here, each with Cancel", async ({
    page,
    signInAs,
  }) => {
    const reward = (await rewardsOf(pos)).find((listed) => listed.name === "Mee Goreng")!;
    const member = await memberWithStamps(pos, reward.stamps_to_redeem * 2 + 5);
    const staff = await signInAs("SUPPORT");
    const scope = { merchantId: staff.merchants[0]!.id, memberId: member.id, storeId: 2, rewardId: reward.id };
    const first = await trpcMutation<{ redemptionId: number }>(page, "redemptions.redeemReward", {
      ...scope,
      reason: "Till froze during redemption; ticket #31",
    });
    const second = await trpcMutation<{ redemptionId: number }>(page, "redemptions.redeemReward", {
      ...scope,
      invoiceNumber: "PS-0042",
      reason: "Till froze again; ticket #32",
    });

    // Cancelled through the back office (the cancel flow has its own spec): the row says so.
    await trpcMutation(page, "redemptions.cancel", {
      merchantId: scope.merchantId,
      memberId: member.id,
      redemptionId: first.redemptionId,
      createReplacementVoucher: false,
      reason: "Redeemed twice by mistake; ticket #33",
    });

    await page.goto(`/members/${member.id}?tab=redemptions`);
    const rows = page.getByTestId("redemption-row");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(`#${second.redemptionId}`);
    await expect(rows.first()).toContainText("Mee Goreng");
    await expect(rows.first()).toContainText("PS-0042");
    await expect(rows.nth(1)).toContainText("Cancelled");
    await expect(page.getByRole("link", { name: `Cancel redemption #${first.redemptionId}` })).toHaveCount(0);
    await page.getByRole("link", { name: `Cancel redemption #${second.redemptionId}` }).click();
    await expect(page).toHaveURL(new RegExp(`/redemptions\\?member=${member.id}&redemption=${second.redemptionId}`));
    await expect(page.getByLabel("Redemption ID")).toHaveValue(String(second.redemptionId));
    await expect(page.getByTestId("cancel-member-found")).toContainText(member.name);
  });
});
