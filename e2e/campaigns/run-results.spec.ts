import { e2eDb } from "../fixtures/db";
import { expect, signIn, seedStaff, test } from "../fixtures/auth";
import { saveScreen } from "../fixtures/screens";
import { campaignUrl, campaignWithFile, rowsTable, setStatus, settleRows } from "./campaign-factory";

test.describe("[CAMPAIGNS][RUN]", () => {
  // The screens are judged at a marketing desk's size.
  test.use({ viewport: { width: 1440, height: 900 } });

  test("[MARKETING][CAMPAIGNS]: a paused campaign shows its progress and is cancelled with a reason", async ({
    page,
  }) => {
    const staff = await seedStaff("MARKETING");
    const campaign = await campaignWithFile(staff.id, "indonesian-semicolon-bom-crlf.csv", `Paused ${Date.now()}`);
    await settleRows(campaign.id, { issued: 2, failed: 1 });
    // Paused, so the issuing process leaves the figures alone while the test reads them.
    await setStatus(campaign.id, "PAUSED", { startedAt: new Date(Date.now() - 20_000) });
    await signIn(page, staff);
    await page.goto(campaignUrl(campaign.id));

    await expect(page.getByRole("progressbar", { name: "Campaign progress" })).toHaveAttribute("aria-valuenow", "3");
    await expect(page.getByText("Paused: nothing is being issued")).toBeVisible();
    await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
    await saveScreen(page, "campaign-running-progress", { fullPage: true });

    // Paused by the worker because Stamps refused the token: the reason, in plain words, instead of the usual line.
    await e2eDb().campaign.update({
      where: { id: campaign.id },
      data: { pausedReason: "Stamps refused this merchant's API token; replace it in Settings, then resume." },
    });
    await page.reload();
    await expect(page.getByRole("alert").filter({ hasText: "Paused by the back office" })).toContainText(
      "Stamps refused this merchant's API token; replace it in Settings, then resume.",
    );
    await expect(page.getByText("Paused: nothing is being issued")).toHaveCount(0);
    await saveScreen(page, "campaign-paused-token-refused", { fullPage: true });

    await page.getByRole("button", { name: "Cancel campaign" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByLabel("Reason (kept in the audit log)").fill("Wrong member list uploaded");
    await confirm.getByRole("button", { name: "Cancel campaign" }).click();
    await expect(page.getByRole("link", { name: "Download results" })).toBeVisible();
    await expect(rowsTable(page)).toBeVisible();
    await page.getByRole("button", { name: "Not issued", exact: true }).click();
    await expect(rowsTable(page)).toContainText("Not issued: campaign cancelled");
    expect((await e2eDb().campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("CANCELLED");
    const [event] = await e2eDb().auditEvent.findMany({
      where: { target: `campaign:${campaign.id}`, action: "campaigns.cancel" },
    });
    expect(event).toMatchObject({ reason: "Wrong member list uploaded", outcome: "OK", staffId: staff.id });
  });

  test("[MARKETING][CAMPAIGNS]: started, the campaign is issued in the background; results give each row's voucher or error", async ({
    page,
  }) => {
    const staff = await seedStaff("MARKETING");
    const campaign = await campaignWithFile(staff.id, "indonesian-semicolon-bom-crlf.csv", `Issued ${Date.now()}`);
    await setStatus(campaign.id, "READY");
    await signIn(page, staff);
    await page.goto(campaignUrl(campaign.id));

    await page.getByRole("button", { name: "Start issuing" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByLabel("Reason (kept in the audit log)").fill("Lebaran thank-you for loyal members");
    await confirm.getByRole("button", { name: "Start issuing" }).click();

    // The worker issues the four rows to issue; the page follows it to the results.
    await expect(page.getByRole("link", { name: "Download results" })).toBeVisible({ timeout: 30_000 });
    // Finished, it shows the run's average pace (the live one is 0 by then), and the header names the template only.
    await expect(page.getByText("Average rows per second")).toBeVisible();
    await expect(page.getByText("Rows per second", { exact: true })).toHaveCount(0);
    await expect(page.getByText(/\(template \d+\)/)).toHaveCount(0);
    const rows = await e2eDb().campaignRow.findMany({ where: { campaignId: campaign.id, state: { not: "SKIPPED" } } });
    expect(rows.every((row) => row.state === "ISSUED" || row.state === "FAILED")).toBe(true);
    const issued = rows.filter((row) => row.state === "ISSUED");
    expect(issued.length).toBeGreaterThan(0);

    const table = rowsTable(page);
    await page.getByRole("button", { name: "Issued", exact: true }).click();
    await expect(table).toContainText(`Voucher ${issued[0]!.voucherId}`);
    await page.getByRole("button", { name: "All rows", exact: true }).click();
    await expect(table).toContainText("6.28123E+11");
    // "Retry" only for failed rows whose error can change, saying how many.
    const retryable = rows.filter((row) => row.state === "FAILED" && row.retryable).length;
    if (retryable > 0) await expect(page.getByRole("button", { name: /^Retry \d+ failed rows?$/ })).toBeVisible();
    else await expect(page.getByRole("button", { name: /^Retry/ })).toHaveCount(0);
    await saveScreen(page, "campaign-results", { fullPage: true });
  });
  test("[MARKETING][CAMPAIGNS]: the campaigns list filters by name and status", async ({ page }) => {
    const staff = await seedStaff("MARKETING");
    const name = `Filtered ${Date.now()}`;
    const campaign = await campaignWithFile(staff.id, "indonesian-semicolon-bom-crlf.csv", name);
    await setStatus(campaign.id, "CANCELLED");
    await signIn(page, staff);
    await page.goto("/campaigns");

    await page.getByLabel("Name or template").fill(name);
    const table = page.getByRole("table", { name: "Campaigns" });
    await expect(table.getByRole("link", { name })).toBeVisible();
    const status = page.getByRole("combobox", { name: "Status" });
    await expect(status).toHaveText("All statuses");
    await status.click();
    await page.getByRole("option", { name: "Completed" }).click();
    await expect(status).toHaveText("Completed");
    await expect(page.getByText("No campaign matches these filters.")).toBeVisible();
    await status.click();
    await page.getByRole("option", { name: "Cancelled" }).click();
    await expect(table.getByRole("link", { name })).toBeVisible();
  });
});
