import { readFile } from "node:fs/promises";
import { expect, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { saveScreen } from "../fixtures/screens";
import { merchantIdsOf } from "../../testing/factories/staff";

/** A member ID no other test uses, and two events about them: a redemption that worked and a refused voucher. */
async function seedEvents(staffEmail: string) {
  const db = e2eDb();
  const [merchantId] = await merchantIdsOf(db, [14]);
  const memberId = 9_000_000 + Math.floor(Math.random() * 999_999);
  const base = { staffEmail, merchantId: merchantId!, target: `member:${memberId}`, completedAt: new Date() };
  const redeemed = await db.auditEvent.create({
    data: {
      ...base,
      createdAt: new Date(Date.now() - 60_000),
      action: "redemptions.redeem-reward",
      reason: "POS was offline at the till",
      request: JSON.stringify({ merchantId, memberId, rewardId: 6, storeId: 2 }),
      outcome: "OK",
    },
  });
  const refused = await db.auditEvent.create({
    data: {
      ...base,
      action: "vouchers.issue",
      reason: '=HYPERLINK("http://evil")',
      request: JSON.stringify({ merchantId, memberId, templateId: 3, quantity: 1 }),
      outcome: "insufficient_stamps",
      message: "The member does not have enough stamps.",
    },
  });
  return { memberId, redeemed, refused };
}

test.describe("[ADMIN][AUDIT]", () => {
  test("filters live in the URL, survive a reload, and a row opens its details in plain words", async ({
    page,
    signInAs,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const admin = await signInAs("ADMIN");
    const { memberId } = await seedEvents(admin.email);

    await page.goto("/audit");
    await page.getByLabel("Member ID").fill(String(memberId));
    await expect(page).toHaveURL(new RegExp(`memberId=${memberId}`));
    const table = page.getByRole("table", { name: "Audit events" });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table.getByRole("button", { name: /Redeemed a reward/ })).toBeVisible();
    await expect(table.getByText("Refused by Stamps")).toBeVisible();
    // Plain words in the list; the raw keys and codes only in Details.
    await expect(table.getByText("redemptions.redeem-reward")).toHaveCount(0);
    await expect(table.getByText("insufficient_stamps")).toHaveCount(0);

    await page.getByLabel("Outcome").click();
    await page.getByRole("option", { name: "Refused or failed" }).click();
    await expect(page).toHaveURL(/outcome=refused/);
    await expect(table.getByRole("row")).toHaveCount(2);
    await saveScreen(page, "audit-log-1440");

    await page.reload();
    await expect(page.getByLabel("Member ID")).toHaveValue(String(memberId));
    await expect(page.getByLabel("Outcome")).toHaveText("Refused or failed");
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("button", { name: /Issued a voucher/ })).toBeVisible();
  });

  test("a row opens the event: request, outcome and a link to the member; codes only under Details", async ({
    page,
    signInAs,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const admin = await signInAs("ADMIN");
    const { memberId, refused } = await seedEvents(admin.email);
    await page.goto(`/audit?memberId=${memberId}`);
    const table = page.getByRole("table", { name: "Audit events" });
    await table.getByRole("button", { name: /Issued a voucher/ }).click();
    await expect(page).toHaveURL(new RegExp(`event=${refused.id}`));
    const dialog = page.getByRole("dialog", { name: "Issued a voucher" });
    await expect(dialog.getByText("The member does not have enough stamps.")).toBeVisible();
    await expect(dialog.getByRole("region", { name: "Request" }).getByText("templateId")).toBeVisible();
    await expect(dialog.getByRole("link", { name: `Open member ${memberId}` })).toHaveAttribute(
      "href",
      `/members/${memberId}`,
    );
    await expect(dialog.getByText("insufficient_stamps")).toBeHidden();
    await dialog.getByText("Details").click();
    await expect(dialog.getByText("insufficient_stamps")).toBeVisible();
    await saveScreen(page, "audit-event-1440");

    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/event=/);
    // A shared link opens the same event.
    await page.goto(`/audit?event=${refused.id}`);
    await expect(page.getByRole("dialog", { name: "Issued a voucher" })).toBeVisible();
  });

  test("Download CSV exports what the filters select, with formula-like cells made inert", async ({
    page,
    signInAs,
  }) => {
    const admin = await signInAs("ADMIN");
    const { memberId } = await seedEvents(admin.email);
    await page.goto(`/audit?memberId=${memberId}`);
    await expect(page.getByRole("table", { name: "Audit events" }).getByRole("row")).toHaveCount(3);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await readFile(await download.path(), "utf8"))
      .replace(/^\ufeff/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "When (UTC),Staff,Merchant,Action,Target,Outcome,Reason,Message,Action key,Outcome code,Request,Event ID",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`${admin.email},Stamps Coffee,Issued a voucher,member:${memberId},Refused by Stamps,`);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[2]).toContain("Redeemed a reward");

    // The export itself is audited, with the filters it used.
    const exported = await e2eDb().auditEvent.findFirst({ where: { staffId: admin.id, action: "audit.export" } });
    expect(JSON.parse(exported!.request)).toEqual({ memberId });

    // A filter that does not parse is named in plain words; its key and the parser's words are only details.
    const refused = await page.request.get("/api/audit/export?memberId=abc");
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toEqual({
      message: "The Member ID filter is not valid: change or clear it, then download again.",
      details: "memberId: A member ID is a number",
    });
  });
});
