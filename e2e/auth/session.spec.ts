import { expect, seedStaff, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

test.describe("[AUTH][SESSION]", () => {
  test("a disabled staff member is signed out at their next request", async ({ page, signInAs }) => {
    const staff = await signInAs("SUPPORT");
    await page.goto("/members");
    await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();

    await e2eDb().staff.update({ where: { id: staff.id }, data: { disabled: true } });
    await page.reload();
    await expect(page).toHaveURL(/\/login/);
    const api = await page.request.get("/api/trpc/staff.find");
    expect(api.status()).toBe(401);
  });

  test("a changed role takes effect at the next request", async ({ page, signInAs }) => {
    const staff = await signInAs("SUPPORT");
    await page.goto("/members");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Transactions" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Campaigns" })).toHaveCount(0);

    await e2eDb().staff.update({ where: { id: staff.id }, data: { role: "MARKETING" } });
    await page.reload();
    await expect(nav.getByRole("link", { name: "Campaigns" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Transactions" })).toHaveCount(0);
  });

  test("five failed sign-ins lock the email for 15 minutes, said plainly", async ({ page }) => {
    const staff = await seedStaff("MARKETING");
    await page.goto("/login");
    const submit = async (password: string) => {
      await page.getByLabel("Email").fill(staff.email);
      await page.getByLabel("Password").fill(password);
      await Promise.all([
        page.waitForResponse((response) => response.request().method() === "POST" && response.url().includes("/login")),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      // React resets the form once the action has finished; wait for it before typing again.
      await expect(page.getByLabel("Password")).toHaveValue("");
    };
    for (let attempt = 1; attempt <= 4; attempt++) {
      await submit(`wrong-${attempt}`);
      await expect(page.getByTestId("login-error")).toHaveText(
        "That email and password do not match an active account.",
      );
    }
    await submit("wrong-5");
    await expect(page.getByTestId("login-error")).toContainText("locked for 15 minutes");

    // Even the right password is refused while the lock lasts.
    await submit(staff.password);
    await expect(page.getByTestId("login-error")).toContainText("locked for 15 minutes");
    await expect(page).toHaveURL(/\/login/);
    const throttle = await e2eDb().loginThrottle.findUnique({ where: { email: staff.email } });
    expect(throttle?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });
});
