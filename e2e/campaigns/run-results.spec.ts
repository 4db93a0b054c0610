import { e2eDb } from "../fixtures/db";
import { expect, signIn, seedStaff, test } from "../fixtures/auth";
import { saveScreen } from "../fixtures/screens";
import { campaignUrl, campaignWithFile, rowsTable, setStatus, settleRows } from "./campaign-factory";

test.describe("[CAMPAIGNS][RUN]", () => {
  test("[MARKETING][CAMPAIGNS]: a running campaign shows live progress; pause, resume and cancel with a reason", async ({
    page,
  }) => {
    const staff = await seedStaff("MARKETING");
    const campaign = await campaignWithFile(staff.id, "indonesian-semicolon-bom-crlf.csv", `Run ${Date.now()}`);
    await settleRows(campaign.id, { issued: 2, failed: 1 });
    // Paused before the page opens, so no issuing process changes the figures under the test.
    await setStatus(campaign.id, "PAUSED", { startedAt: new Date(Date.now() - 20_000) });
    await signIn(page, staff);
    await page.goto(campaignUrl(campaign.id));

    const bar = page.getByRole("progressbar", { name: "Campaign progress" });
    await expect(bar).toHaveAttribute("aria-valuenow", "3");
    await expect(page.getByText("Paused: nothing is being issued")).toBeVisible();
    await page.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
    await saveScreen(page, "campaign-running-progress", { fullPage: true });
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();

    await page.getByRole("button", { name: "Cancel campaign" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByLabel("Reason (kept in the audit log)").fill("Wrong member list uploaded");
    await confirm.getByRole("button", { name: "Cancel campaign" }).click();
    await expect(page.getByRole("link", { name: "Download results" })).toBeVisible();
    expect((await e2eDb().campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("CANCELLED");
    const audit = await e2eDb().auditEvent.findMany({
      where: { target: `campaign:${campaign.id}` },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((event) => event.action)).toEqual(["campaigns.resume", "campaigns.pause", "campaigns.cancel"]);
    expect(audit.at(-1)?.reason).toBe("Wrong member list uploaded");
  });

  test("[MARKETING][CAMPAIGNS]: results give each row's voucher or error in plain words, filtered by outcome", async ({
    page,
  }) => {
    const staff = await seedStaff("MARKETING");
    const campaign = await campaignWithFile(staff.id, "indonesian-semicolon-bom-crlf.csv", `Results ${Date.now()}`);
    await settleRows(campaign.id, { issued: 3, failed: 1 });
    await setStatus(campaign.id, "COMPLETED", { startedAt: new Date(Date.now() - 60_000) });
    await e2eDb().campaign.update({ where: { id: campaign.id }, data: { finishedAt: new Date() } });
    await signIn(page, staff);
    await page.goto(campaignUrl(campaign.id));

    await expect(page.getByRole("link", { name: "Download results" })).toHaveAttribute(
      "href",
      new RegExp(`/api/campaigns/${campaign.id}/results`),
    );
    const table = rowsTable(page);
    await expect(table).toContainText("Stamps does not know this member.");
    await page.getByRole("button", { name: "Issued", exact: true }).click();
    await expect(table.getByRole("row")).toHaveCount(4);
    await expect(table).toContainText("Voucher 9000");
    await saveScreen(page, "campaign-results", { fullPage: true });
    await page.getByRole("button", { name: "Skipped", exact: true }).click();
    await expect(table).toContainText("6.28123E+11");
  });
});
