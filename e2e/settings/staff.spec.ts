import { randomUUID } from "node:crypto";
import { saveScreen } from "../fixtures/screens";
import { expect, seedStaff, signIn, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";

test.describe("[SETTINGS][STAFF]", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("[ADMIN][STAFF]: adds staff with a one-time password shown once, changed at their first sign-in", async ({
    page,
    browser,
    signInAs,
  }) => {
    await signInAs("ADMIN");
    const email = `new-${randomUUID().slice(0, 8)}@test.stamps.id`;
    await page.goto("/settings");
    await page.getByRole("tab", { name: "Staff" }).click();
    await page.getByRole("button", { name: "Add staff" }).click();
    const dialog = page.getByRole("dialog", { name: "Add staff" });
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByLabel("Name").fill("Nadia New");
    await dialog.getByRole("checkbox", { name: "Stamps Coffee" }).check();
    await dialog.getByRole("button", { name: "Add and show password" }).click();

    const shown = page.getByRole("dialog", { name: "Staff member added" });
    const password = (await shown.getByTestId("one-time-password").textContent())!.trim();
    expect(password).toMatch(/^\w{5}(-\w{5}){3}$/);
    await expect(shown.getByRole("button", { name: "Copy" })).toBeVisible();
    await saveScreen(page, "staff-one-time-password");
    await shown.getByRole("button", { name: "Done" }).click();
    // Once: gone from the page, and never stored as it is.
    await expect(page.getByText(password)).toHaveCount(0);
    const row = await e2eDb().staff.findUniqueOrThrow({ where: { email } });
    expect(row).toMatchObject({ mustChangePassword: true, role: "SUPPORT" });
    expect(row.passwordHash).not.toContain(password);
    // Other specs add staff to this merchant too, so the new row may be on a later page: find it as staff would.
    await page.getByRole("textbox", { name: "Search" }).fill(email);
    await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("One-time password");

    // The new staff member, in a browser of their own: the console waits until they choose a password.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const theirs = await context.newPage();
    await signIn(theirs, { email, password });
    await theirs.goto("/members");
    await expect(theirs.getByRole("heading", { name: "Choose your password" })).toBeVisible();
    expect(new URL(theirs.url()).pathname).toBe("/change-password");
    expect((await theirs.request.get("/api/trpc/staff.find")).status()).toBe(401);
    await theirs.getByLabel("New password", { exact: true }).fill(password);
    await theirs.getByLabel("New password again").fill(password);
    await theirs.getByRole("button", { name: "Save and continue" }).click();
    await expect(theirs.getByRole("alert").filter({ hasText: "not the one-time password" })).toBeVisible();
    await theirs.getByLabel("New password", { exact: true }).fill("my-own-password-2026");
    await theirs.getByLabel("New password again").fill("my-own-password-2026");
    await theirs.getByRole("button", { name: "Save and continue" }).click();
    await expect(theirs.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
    expect(await e2eDb().staff.findUniqueOrThrow({ where: { email } })).toMatchObject({ mustChangePassword: false });
    await context.close();
  });

  test("[ADMIN][STAFF]: resets a staff member's second factor, with a reason kept in the audit log", async ({
    page,
    signInAs,
  }) => {
    const agent = await seedStaff("SUPPORT", { secondFactor: true });
    await signInAs("ADMIN");
    await page.goto("/settings");
    await page.getByRole("tab", { name: "Staff" }).click();
    await page.getByLabel("Search").fill(agent.email);
    await page.getByRole("button", { name: `Actions for ${agent.email}` }).click();
    await page.getByRole("menuitem", { name: "Reset two-factor sign-in" }).click();
    const confirm = page.getByRole("alertdialog", { name: `Reset ${agent.name}'s two-factor sign-in?` });
    await confirm.getByLabel("Reason (kept in the audit log)").fill("Lost phone, ticket 77");
    await saveScreen(page, "staff-reset-second-factor");
    await confirm.getByRole("button", { name: "Reset two-factor sign-in" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("row", { name: new RegExp(agent.email) })).toContainText("No second factor");

    const row = await e2eDb().staff.findUniqueOrThrow({ where: { id: agent.id } });
    expect(row).toMatchObject({ totpEnabledAt: null, totpSecretCiphertext: null });
    const event = await e2eDb().auditEvent.findFirstOrThrow({
      where: { action: "staff.resetSecondFactor", target: `staff:${agent.id}` },
    });
    expect(event).toMatchObject({ outcome: "OK", reason: "Lost phone, ticket 77" });
  });

  test("[ADMIN][STAFF]: an admin of merchant 14 sees neither merchant 15 nor its staff", async ({ page, signInAs }) => {
    const theirs = await seedStaff("SUPPORT", { merchants: [15] });
    const admin = await signInAs("ADMIN", { merchants: [14] });
    await page.goto("/settings");
    await expect(page.getByRole("cell", { name: "Stamps Coffee", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Kopi Nusantara", exact: true })).toHaveCount(0);
    await page.getByRole("tab", { name: "Staff" }).click();
    // Searched one by one: with every spec adding staff, either row could otherwise sit on another page.
    const search = page.getByRole("textbox", { name: "Search" });
    await search.fill(admin.email);
    await expect(page.getByRole("row", { name: new RegExp(admin.email) })).toBeVisible();
    await search.fill(theirs.email);
    await expect(page.getByRole("row", { name: new RegExp(admin.email) })).toHaveCount(0);
    await expect(page.getByRole("row", { name: new RegExp(theirs.email) })).toHaveCount(0);
    await saveScreen(page, "staff-admin-of-one-merchant");
    // The server is the boundary, not the table.
    const merchants = await (await page.request.get("/api/trpc/merchants.find")).text();
    expect(merchants).not.toContain("Kopi Nusantara");
  });
});
