import type { Page } from "@playwright/test";
import { addSale, issueVoucher, registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** The page is no wider than the window: nothing makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: page width ${scrollWidth} in a ${innerWidth} px window`).toBeLessThanOrEqual(
    innerWidth,
  );
}

test.describe("[CONSOLE][LAYOUT]", () => {
  test("on a phone the member page and its Transactions tab keep to the window", async ({ page, signInAs }) => {
    const member = await registerMember(pos, { name: "Bambang Pamungkas Setiawan Nugroho" });
    await issueVoucher(pos, member.email);
    await addSale(pos, member.id, 125_000);
    await signInAs("ADMIN");
    await page.setViewportSize(PHONE);

    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("member-card").getByRole("heading", { name: member.name })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole("list", { name: "Vouchers" }).getByRole("listitem").first()).toBeVisible();
    await expectNoSidewaysScroll(page, "member page");
    await saveScreen(page, "phone-member-page", { fullPage: true });

    await page.getByRole("tab", { name: "Transactions" }).click();
    await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
    await expectNoSidewaysScroll(page, "Transactions tab");
    await saveScreen(page, "phone-member-transactions", { fullPage: true });
  });

  test("on a phone the menu slides out, and Settings and the audit log keep to the window", async ({
    page,
    signInAs,
  }) => {
    await signInAs("ADMIN");
    await page.setViewportSize(PHONE);
    await page.goto("/members");

    // The menu is a sheet behind a button, not a strip that hides items off screen.
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    await page.getByRole("button", { name: "Open menu" }).click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    await expect(menu).toBeVisible();
    for (const item of ["Members", "Transactions", "Vouchers", "Audit log", "Settings"]) {
      await expect(menu.getByRole("link", { name: item })).toBeInViewport();
    }
    await menu.getByRole("link", { name: "Settings" }).click();
    await expect(menu).toBeHidden();
    await expect(page.getByRole("heading", { name: "Settings", exact: true })).toBeVisible();
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectNoSidewaysScroll(page, "Settings");

    await page.goto("/audit");
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectNoSidewaysScroll(page, "Audit log");
  });

  test("at 1440 px the audit log fits the window", async ({ page, signInAs }) => {
    await signInAs("ADMIN");
    await page.setViewportSize(DESKTOP);
    await page.goto("/audit");
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectNoSidewaysScroll(page, "Audit log at 1440");
  });

  test("at 1440 px the member page and its Transactions tab fit the window", async ({ page, signInAs }) => {
    const member = await registerMember(pos);
    await addSale(pos, member.id, 90_000);
    await signInAs("ADMIN");
    await page.setViewportSize(DESKTOP);
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("member-card").getByRole("heading", { name: member.name })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await saveScreen(page, "desktop-member-page", { fullPage: true });
    await page.getByRole("tab", { name: "Transactions" }).click();
    await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
    await expectNoSidewaysScroll(page, "Transactions tab at 1440");
    await saveScreen(page, "desktop-member-transactions", { fullPage: true });
  });
});
