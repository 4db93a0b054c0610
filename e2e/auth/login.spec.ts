import { expect, test } from "@playwright/test";
import { seedStaff, totpCode } from "../fixtures/auth";

test.describe("[AUTH][LOGIN]", () => {
  test("staff member signs in with the login form and lands on their start page", async ({ page }) => {
    const admin = await seedStaff("ADMIN");
    await page.goto("/members");
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByLabel("Authenticator code").fill(totpCode(admin.totpSecret!));
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/localhost:\d+\/$/); // the start page
    await expect(page.getByRole("heading", { name: `Welcome back, ${admin.name}` })).toBeVisible();
    await expect(page.getByRole("button", { name: `Account: ${admin.name}` })).toBeVisible();
  });

  test("a wrong password shows one generic message and keeps the email", async ({ page }) => {
    const support = await seedStaff("SUPPORT");
    await page.goto("/login");
    await page.getByLabel("Email").fill(support.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page.getByTestId("login-error")).toHaveText("That email and password do not match an active account.");
    await expect(page.getByLabel("Email")).toHaveValue(support.email);
    await expect(page).toHaveURL(/\/login/);
  });

  test("an unknown email gets the same message as a wrong password", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("nobody@demo.stamps.id");
    await page.getByLabel("Password").fill("whatever-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toHaveText("That email and password do not match an active account.");
  });

  test("signing out returns to the login page and protects the console again", async ({ page }) => {
    const marketing = await seedStaff("MARKETING");
    await page.goto("/login");
    await page.getByLabel("Email").fill(marketing.email);
    await page.getByLabel("Password").fill(marketing.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/$/); // the start page

    await page.getByRole("button", { name: `Account: ${marketing.name}` }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/members");
    await expect(page).toHaveURL(/\/login/);
  });
});
