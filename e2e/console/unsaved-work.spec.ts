import { registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

test.describe("[CONSOLE][UNSAVED WORK]", () => {
  test("Escape or a click outside a changed Edit form asks before discarding it", async ({ page, signInAs }) => {
    const member = await registerMember(pos);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${member.name}` });
    await dialog.getByLabel("Name").fill(`${member.name} Putri`);

    await page.keyboard.press("Escape");
    const ask = page.getByRole("alertdialog", { name: "Discard your changes?" });
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await expect(ask).toBeHidden();
    await expect(dialog.getByLabel("Name")).toHaveValue(`${member.name} Putri`);

    await page.mouse.click(5, 5);
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Discard changes" }).click();
    await expect(dialog).toBeHidden();

    // An untouched form closes at once.
    await page.getByRole("button", { name: "Edit" }).click();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(ask).toHaveCount(0);
  });

  test("a click outside a changed Register form asks before discarding it", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/members");
    await page.getByRole("button", { name: "Register member" }).click();
    const dialog = page.getByRole("dialog", { name: "Register member" });
    await dialog.getByLabel("Name").fill("Dewi Lestari");
    await page.mouse.click(5, 5);
    const ask = page.getByRole("alertdialog", { name: "Discard your changes?" });
    await expect(ask).toBeVisible();
    await ask.getByRole("button", { name: "Keep editing" }).click();
    await expect(dialog.getByLabel("Name")).toHaveValue("Dewi Lestari");
  });

  test("Add transaction keeps its draft across a reload and a trip away, and the reason across reviews", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    await signInAs("SUPPORT");
    await page.goto(`/transactions/new?member=${member.id}`);
    const invoice = page.getByLabel("Invoice number");
    await invoice.click();
    await invoice.fill("DRAFT-001");
    await page.getByLabel("Total value").click();
    await page.getByLabel("Total value").fill("45.000");

    // Reloading asks first (beforeunload), and the draft is back afterwards.
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toContain("beforeunload");
    await expect(page.getByLabel("Invoice number")).toHaveValue("DRAFT-001");
    await expect(page.getByLabel("Total value")).toHaveValue("45.000");

    // Leaving through the app and coming back finds it too.
    await page.getByRole("link", { name: member.name }).click();
    await expect(page).toHaveURL(new RegExp(`/members/${member.id}$`));
    await page.getByRole("link", { name: "Add transaction" }).click();
    await expect(page.getByLabel("Invoice number")).toHaveValue("DRAFT-001");

    // The reason typed in the review is still there when the review reopens.
    await page.getByLabel("Store").click();
    await page.getByRole("option", { name: /Plaza Senayan/ }).click();
    await page.getByRole("button", { name: "Preview stamps" }).click();
    const review = page.getByRole("alertdialog");
    await review.getByLabel("Reason (kept in the audit log)").fill("Receipt brought to the counter");
    await review.getByRole("button", { name: "Keep as is" }).click();
    await expect(review).toBeHidden();
    await page.getByRole("button", { name: "Preview stamps" }).click();
    await expect(review.getByLabel("Reason (kept in the audit log)")).toHaveValue("Receipt brought to the counter");
  });
});
