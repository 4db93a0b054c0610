import { registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";
import { trpcMutation } from "../fixtures/trpc";

test.describe("[HOME] start pages", () => {
  test("[SUPPORT][HOME]: the start page lists the members this agent opened and their recent changes", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos, { name: "Citra Maharani" });
    const staff = await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("member-card")).toContainText("Citra Maharani", { timeout: 30_000 });
    await trpcMutation(page, "vouchers.issue", {
      merchantId: staff.merchants[0]!.id,
      memberId: member.id,
      templateId: 3,
      startDate: new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" }),
      quantity: 1,
      reason: "Compensation for a late delivery",
    });

    await page.goto("/");
    await expect(page.getByRole("heading", { name: `Welcome back, ${staff.name}` })).toBeVisible();
    await expect(page.getByTestId("active-merchant")).toContainText("Working for Stamps Coffee");
    await expect(page.getByRole("list", { name: "Members you opened" })).toContainText("Citra Maharani");
    const changes = page.getByRole("list", { name: "Your recent changes" });
    await expect(changes).toContainText("Issued a voucher");
    await expect(changes.getByRole("link", { name: `Member ${member.id}` })).toBeVisible();
    await expect(page.getByText("Campaigns in progress")).toHaveCount(0);
    await expect(page.getByTestId("staff-activity-chart")).toHaveCount(0);
    await page.setViewportSize({ width: 1440, height: 900 });
    await saveScreen(page, "start-page-support-1440", { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreen(page, "start-page-support-390", { fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("[ADMIN][HOME]: an admin sees staff activity per day; marketing sees campaigns in progress", async ({
    page,
    signInAs,
  }) => {
    const admin = await signInAs("ADMIN");
    const merchantId = admin.merchants[0]!.id;
    const yesterday = new Date(Date.now() - 86_400_000);
    await e2eDb().auditEvent.createMany({
      data: [0, 1, 2].map((index) => ({
        createdAt: yesterday,
        staffEmail: `chart-${admin.id}@example.com`,
        merchantId,
        action: "vouchers.issue",
        request: "{}",
        outcome: index === 2 ? "BAD_REQUEST" : "OK",
      })),
    });
    await page.goto("/");
    const chart = page.getByTestId("staff-activity-chart");
    await expect(chart.getByRole("listitem")).toHaveCount(14, { timeout: 30_000 });
    await expect(chart).toContainText(/3 changes, 1 did not go through/);
    await expect(page.getByRole("list", { name: "Most active staff" })).toContainText(`chart-${admin.id}@example.com`);
    await expect(page.getByText("Campaigns in progress")).toBeVisible();
    await page.setViewportSize({ width: 1440, height: 900 });
    await saveScreen(page, "start-page-admin-1440", { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreen(page, "start-page-admin-390", { fullPage: true });
  });
});
