import { generateSync } from "otplib";
import { e2eDb } from "../fixtures/db";
import { expect, seedStaff, signIn, test, totpCode } from "../fixtures/auth";

test.describe("[AUTH][TWO-FACTOR]", () => {
  test("an admin without a second factor cannot reach the console until they enrol", async ({ page }) => {
    const admin = await seedStaff("ADMIN", { secondFactor: false });
    await signIn(page, admin);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/two-factor$/);
    await expect(page.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
    // The API is closed too, not only the screens.
    expect((await page.request.get("/api/trpc/staff.find")).status()).toBe(401);

    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    // Next's route announcer is a second, empty alert: name the one that speaks.
    await expect(page.getByRole("alert").filter({ hasText: "That code does not match" })).toBeVisible();

    await page.getByLabel("Code from the app").fill(generateSync({ secret }));
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recovery = (await codes.first().textContent())!.trim();
    const stored = await e2eDb().staffRecoveryCode.findMany({ where: { staffId: admin.id } });
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(recovery);

    await page.getByRole("link", { name: "Continue to the console" }).click();
    await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();

    // Next sign-in, in the browser: the password alone is not enough; a recovery code works once.
    await page.context().clearCookies();
    await page.goto("/login");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toHaveText(
      "Enter the current code from your authenticator app (or one of your recovery codes).",
    );
    await page.getByLabel("Password").fill(admin.password);
    await page.getByLabel("Authenticator code").fill(recovery);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/$/); // the start page
    expect(await e2eDb().staffRecoveryCode.count({ where: { staffId: admin.id, usedAt: { not: null } } })).toBe(1);
  });

  test("staff sign in with the code from their app in the login form", async ({ page }) => {
    const support = await seedStaff("SUPPORT", { secondFactor: true });
    await page.goto("/login");
    await page.getByLabel("Email").fill(support.email);
    await page.getByLabel("Password").fill(support.password);
    await page.getByLabel("Authenticator code").fill(totpCode(support.totpSecret!));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/localhost:\d+\/$/); // the start page
  });
});
