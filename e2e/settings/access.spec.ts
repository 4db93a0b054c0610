import { expect, test } from "../fixtures/auth";

test.describe("[SETTINGS][ACCESS]", () => {
  test("a support agent sees only their areas and cannot open Settings", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/members");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Members", "Transactions", "Redemptions", "Vouchers"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
    for (const name of ["Campaigns", "Audit log", "Settings"]) {
      await expect(nav.getByRole("link", { name })).toHaveCount(0);
    }

    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "You cannot open Settings" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add merchant" })).toHaveCount(0);

    // The server is the boundary, not the menu.
    const response = await page.request.get("/api/trpc/merchants.find");
    expect(response.status()).toBe(403);
    expect(JSON.stringify(await response.json())).not.toContain("localhost");
  });

  test("marketing sees members, vouchers and campaigns but not the audit log", async ({ page, signInAs }) => {
    await signInAs("MARKETING");
    await page.goto("/audit");
    await expect(page.getByRole("heading", { name: "You cannot open the audit log" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Members", "Vouchers", "Campaigns"])
      await expect(nav.getByRole("link", { name })).toBeVisible();
    for (const name of ["Transactions", "Redemptions", "Audit log", "Settings"]) {
      await expect(nav.getByRole("link", { name })).toHaveCount(0);
    }
    expect((await page.request.get("/api/trpc/audit.find?input=%7B%22json%22%3A%7B%7D%7D")).status()).toBe(403);
  });

  test("an admin sees every area", async ({ page, signInAs }) => {
    await signInAs("ADMIN");
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Stamps Coffee", exact: true })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Members", "Transactions", "Redemptions", "Vouchers", "Campaigns", "Audit log", "Settings"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
  });
});
