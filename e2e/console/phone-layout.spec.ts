import type { Page } from "@playwright/test";
import type { Role } from "../../server/generated/prisma/client";
import { addSale, issueVoucher, registerMember } from "../../testing/factories/stamps-members";
import { merchantIdsOf } from "../../testing/factories/staff";
import { campaignUrl, campaignWithFile, rowsTable, setStatus, settleRows } from "../campaigns/campaign-factory";
import { expect, signIn, seedStaff, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** The page is no wider than the window: nothing makes it scroll sideways (a table's own scroll box may). */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: (document.scrollingElement ?? document.documentElement).scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: page width ${scrollWidth} in a ${innerWidth} px window`).toBeLessThanOrEqual(
    innerWidth,
  );
}

/**
 * Checks the screen at 390 and 1440 px (light), and at 1440 in the dark theme, saving each as `<name>-<size>`.
 * `ready` waits for what must be on screen before a picture is worth taking.
 */
async function checkSizes(page: Page, name: string, ready: () => Promise<void>) {
  for (const [label, size] of [
    ["390", PHONE],
    ["1440", DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await ready();
    await expectNoSidewaysScroll(page, `${name} at ${label}`);
    await saveScreen(page, `${name}-${label}`, { fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await saveScreen(page, `${name}-1440-dark`, { fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
}

/** A member with stamps (from two sales), a voucher and transactions, made as a POS would. */
async function busyMember(name?: string) {
  const member = await registerMember(pos, name ? { name } : {});
  await issueVoucher(pos, member.email);
  await addSale(pos, member.id, 125_000);
  await addSale(pos, member.id, 48_500);
  return member;
}

test.describe("[CONSOLE][LAYOUT]", () => {
  test.use({ colorScheme: "light" });

  test("the member page keeps to the window on a phone and at 1440", async ({ page, signInAs }) => {
    const member = await busyMember("Bambang Pamungkas Setiawan Nugroho");
    await signInAs("ADMIN");
    await page.setViewportSize(PHONE);
    await page.goto(`/members/${member.id}`);
    await checkSizes(page, "member-page", async () => {
      await expect(page.getByTestId("member-card").getByRole("heading", { name: member.name })).toBeVisible({
        timeout: 30_000,
      });
      await expect(page.getByRole("list", { name: "Vouchers" }).getByRole("listitem").first()).toBeVisible();
    });
  });

  test("the member's transactions table keeps to the window on a phone and at 1440", async ({ page, signInAs }) => {
    const member = await busyMember();
    await signInAs("ADMIN");
    await page.setViewportSize(PHONE);
    await page.goto(`/members/${member.id}?tab=transactions`);
    await checkSizes(page, "member-transactions", async () => {
      await expect(page.getByRole("table").getByRole("row")).toHaveCount(3, { timeout: 30_000 });
    });
  });

  test("on a phone the menu slides out, and Settings keeps to the window", async ({ page, signInAs }) => {
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
  });

  test("the audit log, with a page full of rows, keeps to the window on a phone and at 1440", async ({
    page,
    signInAs,
  }) => {
    // Merchant 15's rows: the start pages' charts (merchant 14's) stay as other specs expect them.
    const admin = await signInAs("ADMIN", { merchants: [15] });
    const [merchantId] = await merchantIdsOf(e2eDb(), [15]);
    const actions = ["vouchers.issue", "members.update", "transactions.cancel", "redemptions.redeem-reward"];
    await e2eDb().auditEvent.createMany({
      data: Array.from({ length: 24 }, (_, index) => ({
        createdAt: new Date(Date.now() - index * 3_600_000),
        completedAt: new Date(Date.now() - index * 3_600_000),
        staffId: admin.id,
        staffEmail: admin.email,
        merchantId: merchantId!,
        action: actions[index % actions.length]!,
        target: `member:${8_000_000 + index}`,
        reason: index % 3 === 0 ? "Customer returned the order at the Plaza Senayan store" : null,
        request: "{}",
        outcome: index % 5 === 4 ? "insufficient_stamps" : "OK",
      })),
    });
    await page.goto(`/audit?staff=${encodeURIComponent(admin.email)}`);
    await checkSizes(page, "audit-log", async () => {
      await expect(page.getByRole("table").first().getByRole("row").nth(20)).toBeVisible({ timeout: 20_000 });
    });
  });

  for (const role of ["ADMIN", "MARKETING", "SUPPORT"] as const satisfies readonly Role[]) {
    test(`the ${role.toLowerCase()} start page keeps to the window on a phone and at 1440`, async ({
      page,
      signInAs,
    }) => {
      const staff = await signInAs(role);
      await page.goto("/");
      await checkSizes(page, `start-page-${role.toLowerCase()}`, async () => {
        await expect(page.getByRole("heading", { name: `Welcome back, ${staff.name}` })).toBeVisible({
          timeout: 30_000,
        });
        if (role === "ADMIN") await expect(page.getByTestId("staff-activity-chart")).toBeVisible();
      });
    });
  }

  /** A finished campaign of a marketer of its own: three vouchers issued, one row failed. */
  async function finishedCampaign(page: Page) {
    const staff = await seedStaff("MARKETING");
    const campaign = await campaignWithFile(staff.id, "indonesian-semicolon-bom-crlf.csv", `Layout ${Date.now()}`);
    await settleRows(campaign.id, { issued: 3, failed: 1 });
    await setStatus(campaign.id, "COMPLETED", { startedAt: new Date(Date.now() - 90_000) });
    await e2eDb().campaign.update({ where: { id: campaign.id }, data: { finishedAt: new Date() } });
    await signIn(page, staff);
    return campaign;
  }

  test("the campaigns list keeps to the window on a phone and at 1440", async ({ page }) => {
    const campaign = await finishedCampaign(page);
    await page.goto("/campaigns");
    await checkSizes(page, "campaigns-list", async () => {
      await expect(page.getByRole("link", { name: campaign.name })).toBeVisible({ timeout: 30_000 });
    });
  });

  test("a campaign's results keep to the window on a phone and at 1440", async ({ page }) => {
    const campaign = await finishedCampaign(page);
    await page.goto(campaignUrl(campaign.id));
    await checkSizes(page, "campaign-results", async () => {
      await expect(rowsTable(page)).toBeVisible({ timeout: 30_000 });
    });
  });
});
