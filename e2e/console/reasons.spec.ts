import { addSale, registerMember, uniqueEmail, uniquePhone } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { pos } from "../fixtures/pos";

test.describe("[CONSOLE][REASONS]", () => {
  test("[SUPPORT][MEMBERS]: a walk-in registers without a reason; choices fill an optional one", async ({
    page,
    signInAs,
  }) => {
    const staff = await signInAs("SUPPORT");
    const email = uniqueEmail("walkin");
    await page.goto("/members");
    await page.getByRole("button", { name: "Register member" }).click();
    const dialog = page.getByRole("dialog", { name: "Register member" });
    await dialog.getByLabel("Name").fill("Agus Walkin");
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByLabel("Birthday").fill("1990-01-02");
    await dialog.getByLabel("Female").check();
    await dialog.getByLabel("Phone").fill(uniquePhone());
    await dialog.getByLabel("Registered at store").click();
    await page.getByRole("option", { name: /Plaza Senayan/ }).click();
    await dialog.getByRole("button", { name: "Continue" }).click();

    const confirm = page.getByRole("alertdialog");
    const reason = confirm.getByLabel("Reason (optional, kept in the audit log)");
    await expect(reason).toHaveValue("");
    await expect(reason).not.toHaveAttribute("placeholder", /Customer returned the order/);
    await confirm.getByRole("button", { name: "Walk-in customer signed up at the counter" }).click();
    await expect(reason).toHaveValue("Walk-in customer signed up at the counter");
    await confirm.getByRole("button", { name: "Walk-in customer signed up at the counter" }).click();
    await expect(reason).toHaveValue("");
    await confirm.getByRole("button", { name: "Register in Stamps" }).click();
    await expect(page).toHaveURL(/\/members\/\d+$/);

    const event = await e2eDb().auditEvent.findFirst({ where: { staffId: staff.id, action: "members.register" } });
    expect(event).toMatchObject({ outcome: "OK", reason: null });
  });

  test("[SUPPORT][TRANSACTIONS]: cancelling a sale demands a reason, offered as its common choices", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    const sale = await addSale(pos, member.id, 30_000);
    const staff = await signInAs("SUPPORT");
    await page.goto(`/transactions/${sale.id}?member=${member.id}`);
    await page.getByRole("button", { name: "Cancel transaction" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByRole("button", { name: "Cancel transaction" }).click();
    await expect(dialog.getByText("Say why in a few words (at least 5 characters)")).toBeVisible();
    // Nothing was tried without a reason.
    expect(await e2eDb().auditEvent.count({ where: { staffId: staff.id, action: "transactions.cancel" } })).toBe(0);

    const choices = dialog.getByRole("group", { name: "Common reasons" }).getByRole("button");
    await expect(choices).toHaveText([
      "Customer returned the order",
      "Sale recorded twice",
      "Sale recorded for the wrong member",
    ]);
    await dialog.getByRole("button", { name: "Sale recorded twice" }).click();
    const reason = dialog.getByLabel("Reason (kept in the audit log)");
    await reason.press("End");
    await reason.pressSequentially("; ticket #9");
    await dialog.getByRole("button", { name: "Cancel transaction" }).click();
    await expect(page.getByTestId("transaction-status")).toHaveText("Cancelled");
    const event = await e2eDb().auditEvent.findFirst({ where: { staffId: staff.id, action: "transactions.cancel" } });
    expect(event?.reason).toBe("Sale recorded twice; ticket #9");
  });
});
