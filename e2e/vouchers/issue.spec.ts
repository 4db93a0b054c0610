import { catalogueTemplate } from "../../testing/factories/campaigns";
import { memberVouchers, registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { pos } from "../fixtures/pos";

test.describe("[VOUCHERS][ISSUE]", () => {
  test("[MARKETING][VOUCHERS]: marketing issues a voucher to a member", async ({ page, signInAs }) => {
    const member = await registerMember(pos);
    await catalogueTemplate(e2eDb());
    await signInAs("MARKETING");
    await page.goto(`/members/${member.id}`);
    await expect(page.getByText(`${member.name} has no vouchers they can use right now.`)).toBeVisible();

    await page.getByRole("button", { name: "Issue voucher" }).click();
    const dialog = page.getByRole("dialog", { name: `Issue a voucher to ${member.name}` });
    await dialog.getByRole("combobox", { name: "Voucher template" }).click();
    await page.getByRole("combobox", { name: "Search voucher templates" }).fill("3");
    await expect(page.getByRole("option", { name: /Discount Rp 100,000/ })).toBeVisible();
    await page.keyboard.press("Enter");
    await dialog.getByLabel("Quantity").fill("2");
    await dialog.getByLabel("Notes (optional)").fill("Sorry for the wait on 12 Nov");
    await dialog.getByRole("button", { name: "Continue" }).click();

    const confirm = page.getByRole("alertdialog");
    // The template by its name from the catalogue, not its Stamps ID.
    await expect(confirm).toContainText("Discount Rp 100,000, 2 uses");
    await expect(confirm).not.toContainText("template 3");
    await confirm.getByLabel("Reason (kept in the audit log)").fill("Compensation for a late delivery");
    await confirm.getByRole("button", { name: "Issue voucher" }).click();

    const issued = page.getByRole("dialog", { name: "Voucher issued" });
    const code = (await issued.getByTestId("issued-voucher-code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9-]{4,}$/);
    await expect(issued).toContainText("Discount Rp 100,000");
    await expect(issued).toContainText("Rp 100.000");

    // What Stamps holds: the member's vouchers list that code, from template 3.
    const vouchers = await memberVouchers(pos, member.email);
    expect(vouchers).toEqual([expect.objectContaining({ code, template: expect.objectContaining({ id: 3 }) })]);

    await issued.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("list", { name: "Vouchers" })).toContainText(code);
    await expect(page.getByTestId("voucher-count")).toHaveText("1");
    await page.getByRole("tab", { name: "Staff activity" }).click();
    await expect(page.getByRole("list", { name: "Staff activity" })).toContainText("Compensation for a late delivery");
  });

  test("[SUPPORT][VOUCHERS]: Stamps' refusal of an unknown template lands on the template field", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Issue voucher" }).click();
    const dialog = page.getByRole("dialog", { name: `Issue a voucher to ${member.name}` });
    await dialog.getByRole("combobox", { name: "Voucher template" }).click();
    await page.getByRole("combobox", { name: "Search voucher templates" }).fill("9999");
    await expect(page.getByRole("option", { name: /Template 9999/ })).toContainText("Not in the catalogue");
    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "Continue" }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByLabel("Reason (kept in the audit log)").fill("Testing a template number");
    await confirm.getByRole("button", { name: "Issue voucher" }).click();

    await expect(confirm).toBeHidden();
    await expect(dialog.getByRole("combobox", { name: "Voucher template" })).toHaveAttribute("aria-invalid", "true");
    await expect(dialog).toContainText("Voucher template does not exist");
    expect(await memberVouchers(pos, member.email)).toEqual([]);
  });

  test("[MARKETING][VOUCHERS]: a template ID typed before the catalogue arrives is matched to its name, not taken bare", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    await catalogueTemplate(e2eDb());
    await signInAs("MARKETING");
    await page.goto(`/members/${member.id}`);
    // The catalogue answers late, as on a slow connection.
    await page.route("**/api/trpc/**voucherTemplates.find**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.getByRole("button", { name: "Issue voucher" }).click();
    const dialog = page.getByRole("dialog", { name: `Issue a voucher to ${member.name}` });
    const picker = dialog.getByRole("combobox", { name: "Voucher template" });
    await picker.click();
    const search = page.getByRole("combobox", { name: "Search voucher templates" });
    await search.fill("3");
    await expect(page.getByRole("listbox", { name: "Voucher templates" })).toContainText("Loading templates…");
    await search.press("Enter");
    await expect(page.getByRole("option")).toHaveCount(0);
    await expect(picker).toContainText("Choose a voucher template");

    await expect(page.getByRole("option", { name: /Discount Rp 100,000/ })).toBeVisible();
    await search.press("Enter");
    await expect(picker).toContainText("Discount Rp 100,000");
  });
});
