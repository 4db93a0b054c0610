import path from "node:path";
import { e2eDb } from "../fixtures/db";
import { expect, signIn, seedStaff, test } from "../fixtures/auth";
import { saveScreen } from "../fixtures/screens";
import {
  campaignUrl,
  campaignWithFile,
  catalogueTemplate,
  FIXTURES,
  fixtureText,
  rowsTable,
  setStatus,
} from "./campaign-factory";

test.describe("[CAMPAIGNS][JOURNEY]", () => {
  // The screens are judged at a marketing desk's size.
  test.use({ viewport: { width: 1440, height: 900 } });

  test("[MARKETING][CAMPAIGNS]: marketing creates a campaign, pastes a Sheets export, checks the columns and submits", async ({
    page,
    signInAs,
  }) => {
    await catalogueTemplate();
    await signInAs("MARKETING");
    const name = `Thank-you ${Date.now()}`;
    await page.goto("/campaigns");
    await page.getByRole("link", { name: "New campaign" }).click();

    await page.getByLabel("Campaign name").fill(name);
    await page.getByRole("combobox", { name: "Voucher template" }).click();
    await page.getByRole("combobox", { name: "Search voucher templates" }).fill("discount");
    await expect(page.getByRole("option", { name: /Discount Rp 100,000/ })).toContainText("ID 3 · Fixed value");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("combobox", { name: "Voucher template" })).toContainText("Discount Rp 100,000");
    await page.getByLabel("Vouchers valid from").fill("2027-01-01");
    await page.getByRole("button", { name: "Create and add members" }).click();
    await expect(page).toHaveURL(/\/campaigns\/\d+$/);
    const campaignId = Number(page.url().split("/").pop());

    await page.getByLabel("Or paste a few rows").fill(fixtureText("sheets-email-comma-lf.csv"));
    await page.getByRole("button", { name: "Use these rows" }).click();
    await expect(page.getByRole("table", { name: "Column mapping" })).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Column for Member" })).toContainText(/email/i);
    await page.getByRole("button", { name: "Check the rows" }).click();

    await expect(page.getByText("Members to get a voucher")).toBeVisible();
    await expect(rowsTable(page)).toContainText("Skipped");
    await page.getByRole("button", { name: /^Submit/ }).click();
    await expect(page.getByText("Ready to run").first()).toBeVisible();

    const campaign = await e2eDb().campaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(campaign).toMatchObject({ name, status: "READY", stampsTemplateId: 3, startDate: "2027-01-01" });
    expect(await e2eDb().campaignRow.count({ where: { campaignId, state: "PENDING" } })).toBe(4);
    const audit = await e2eDb().auditEvent.findMany({ where: { target: `campaign:${campaignId}` } });
    expect(audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(["campaigns.create", "campaigns.paste-rows", "campaigns.map-columns", "campaigns.submit"]),
    );
  });

  test("[MARKETING][CAMPAIGNS]: the preview of an Excel file says what is skipped and why; a colleague approves it (four eyes)", async ({
    page,
  }) => {
    const creator = await seedStaff("MARKETING");
    const campaign = await campaignWithFile(creator.id, "indonesian-semicolon-bom-crlf.csv");
    await signIn(page, creator);
    await page.goto(campaignUrl(campaign.id));

    await expect(page.getByText("Members to get a voucher")).toBeVisible();
    await expect(page.getByText("Why rows are skipped")).toBeVisible();
    await expect(rowsTable(page)).toContainText("6.28123E+11");
    await expect(page.getByRole("link", { name: "Download problem rows" })).toHaveAttribute(
      "href",
      new RegExp(`/api/campaigns/${campaign.id}/problems`),
    );
    await saveScreen(page, "campaign-upload-preview", { fullPage: true });

    // Above the merchant's limits (set here directly: other specs share merchant 14's settings).
    await setStatus(campaign.id, "AWAITING_APPROVAL");
    await page.reload();
    await expect(page.getByText("Waiting for approval by someone else")).toBeVisible();
    await expect(page.getByRole("button", { name: "Approve campaign" })).toHaveCount(0);

    const colleague = await seedStaff("MARKETING");
    await signIn(page, colleague);
    await page.goto(campaignUrl(campaign.id));
    await page.getByRole("button", { name: "Approve campaign" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("button", { name: "Start issuing" })).toBeVisible();
    expect(await e2eDb().campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({
      status: "READY",
      approvedById: colleague.id,
    });
  });

  test("[MARKETING][CAMPAIGNS]: an Excel file (BOM, semicolons, CRLF, Indonesian headers, mixed phones) uploads and maps itself", async ({
    page,
  }) => {
    const staff = await seedStaff("MARKETING");
    const merchant = await catalogueTemplate();
    const campaign = await e2eDb().campaign.create({
      data: {
        merchantId: merchant.id,
        name: `Upload ${Date.now()}`,
        stampsTemplateId: 3,
        templateName: "Discount Rp 100,000",
        startDate: "2027-01-01",
        createdById: staff.id,
      },
    });
    await signIn(page, staff);
    await page.goto(campaignUrl(campaign.id));
    await page
      .getByLabel("CSV file of members")
      .setInputFiles(path.join(FIXTURES, "indonesian-semicolon-bom-crlf.csv"));

    await expect(page.getByRole("combobox", { name: "Column for Member" })).toContainText("No HP");
    await expect(page.getByRole("table", { name: "Column mapping" })).toContainText("081234560001");
    await page.getByRole("button", { name: "Check the rows" }).click();
    await expect(page.getByText("Members to get a voucher")).toBeVisible();
    await expect(rowsTable(page)).toContainText("6.28123E+11");
    expect(await e2eDb().campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({
      fileName: "indonesian-semicolon-bom-crlf.csv",
      rowCount: 10,
      fileDelimiter: ";",
    });
    expect(await e2eDb().campaignRow.count({ where: { campaignId: campaign.id, state: "PENDING" } })).toBe(4);
  });

  test("[SUPPORT][CAMPAIGNS]: support sees no campaigns: not in the menu, the page refuses", async ({
    page,
    signInAs,
  }) => {
    await signInAs("SUPPORT");
    await page.goto("/members");
    await expect(page.getByRole("link", { name: "Campaigns" })).toHaveCount(0);
    await page.goto("/campaigns");
    await expect(page.getByText("You cannot open Campaigns")).toBeVisible();
  });
});
