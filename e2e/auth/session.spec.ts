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

  test("a session cookie copied before sign-out is refused after it", async ({ page, browser, signInAs }) => {
    const staff = await signInAs("SUPPORT");
    await page.goto("/members");
    const copied = await page.context().cookies();
    expect(copied.some((cookie) => cookie.name.includes("session-token"))).toBe(true);

    await page.getByRole("button", { name: `Account: ${staff.name}` }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);

    const thief = await browser.newContext({ baseURL: new URL(page.url()).origin });
    try {
      await thief.addCookies(copied);
      const stolen = await thief.newPage();
      await stolen.goto("/members");
      await expect(stolen).toHaveURL(/\/login/);
      expect((await stolen.request.get("/api/trpc/staff.find")).status()).toBe(401);
    } finally {
      await thief.close();
    }
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

  test("after repeated failures sign-in asks to wait, said plainly, even with the right password", async ({ page }) => {
    const staff = await seedStaff("MARKETING");
    // As five wrong passwords a moment ago left it (the counting itself is covered by verify-login.test.ts).
    await e2eDb().loginThrottle.create({
      data: { key: `email:${staff.email}`, failures: 5, lastAttemptAt: Date.now(), nextAllowedAt: Date.now() + 60_000 },
    });
    await page.goto("/login");
    await page.getByLabel("Email").fill(staff.email);
    await page.getByLabel("Password").fill(staff.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toHaveText(
      "Too many failed sign-ins for this email or from this network. Wait a minute, then try again.",
    );
    await expect(page).toHaveURL(/\/login/);
    const audit = await e2eDb().auditEvent.findFirst({ where: { action: "auth.signIn", target: staff.email } });
    expect(audit?.outcome).toBe("THROTTLED");
  });
});
