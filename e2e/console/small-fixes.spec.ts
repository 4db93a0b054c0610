import { expect as baseExpect } from "@playwright/test";
import { addSale, registerMember } from "../../testing/factories/stamps-members";
import { expect, seedStaff, signIn, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { pos } from "../fixtures/pos";

test.describe("[CONSOLE][SMALL]", () => {
  test("an unknown address answers 404 with a friendly page inside the app frame", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    const response = await page.goto("/nonexistent");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to Members" })).toBeVisible();
  });

  test("a page the role cannot open answers 403 with the friendly page", async ({ page, signInAs }) => {
    await signInAs("MARKETING");
    const response = await page.goto("/settings");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You cannot open Settings" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });

  test("every page names an icon that loads", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/members");
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(href).toBeTruthy();
    expect((await page.request.get(href!)).status()).toBe(200);
  });

  test("a disabled staff member sent to sign in is told why", async ({ page }) => {
    const staff = await seedStaff("SUPPORT");
    await signIn(page, staff);
    await page.goto("/members");
    await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
    await e2eDb().staff.update({ where: { id: staff.id }, data: { disabled: true } });
    await page.goto("/members");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("status")).toContainText("Your account has been disabled");
  });

  test("the login page drops the old banner when a new error comes", async ({ page }) => {
    const staff = await seedStaff("SUPPORT");
    await page.goto("/login");
    await page.getByLabel("Email").fill(staff.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await baseExpect(page.getByTestId("login-error")).toContainText("do not match");

    await page.getByLabel("Password").fill("");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("Password")).toBeFocused();
    await expect(page.getByTestId("login-error")).toHaveCount(0);
  });

  test("modify: quantities above what was sold and returns without an amount are caught on the form", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    const sale = await addSale(pos, member.id, 80_000, {
      items: [{ product_name: "Cafe Latte", quantity: 1, subtotal: 80_000 }],
    });
    await signInAs("SUPPORT");
    let previews = 0;
    page.on("request", (request) => {
      if (request.url().includes("previewModification")) previews++;
    });
    await page.goto(`/transactions/${sale.id}?member=${member.id}`);
    await page.getByRole("button", { name: "Modify" }).click();
    const form = page.getByRole("dialog");
    const quantity = form.getByLabel("Quantity of Cafe Latte to take off");

    await quantity.fill("5");
    await form.getByRole("button", { name: "Preview new stamps" }).click();
    await expect(form.getByText("Only 1 was sold")).toBeVisible();

    await quantity.fill("1");
    await form.getByRole("button", { name: "Preview new stamps" }).click();
    await expect(form.getByText("Enter the amount refunded for the returned items")).toBeVisible();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    expect(previews).toBe(0);

    // A real modify: the status then says so.
    await form.getByLabel("Take off the total").fill("40000");
    await form.getByRole("button", { name: "Preview new stamps" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByLabel("Reason (kept in the audit log)").fill("Latte refunded at the counter");
    await confirm.getByRole("button", { name: "Modify transaction" }).click();
    await expect(page.getByTestId("change-result")).toContainText("Transaction modified");
    await expect(page.getByTestId("transaction-status")).toHaveText("Modified");
    await page.reload();
    await expect(page.getByTestId("transaction-status")).toHaveText("Modified");
  });
});
