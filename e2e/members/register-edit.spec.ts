import type { Page } from "@playwright/test";
import { memberStatus, registerMember, uniqueEmail, uniquePhone } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

async function openRegisterForm(page: Page) {
  await page.goto("/members");
  await page.getByRole("button", { name: "Register member" }).click();
  const dialog = page.getByRole("dialog", { name: "Register member" });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function fillRegisterForm(page: Page, values: { name: string; email: string; phone: string }) {
  const dialog = page.getByRole("dialog", { name: "Register member" });
  await dialog.getByLabel("Name").fill(values.name);
  await dialog.getByLabel("Email").fill(values.email);
  await dialog.getByLabel("Birthday").fill("1993-04-12");
  await dialog.getByLabel("Female").check();
  await dialog.getByLabel("Phone").fill(values.phone);
  await dialog.getByLabel("Registered at store").click();
  await page.getByRole("option", { name: /Plaza Senayan/ }).click();
  await dialog.getByRole("button", { name: "Continue" }).click();
}

async function confirmWithReason(page: Page, confirmLabel: string, reason: string) {
  const confirm = page.getByRole("alertdialog");
  await confirm.getByLabel("Reason (optional, kept in the audit log)").fill(reason);
  await confirm.getByRole("button", { name: confirmLabel }).click();
  return confirm;
}

test.describe("[MEMBERS][REGISTER-EDIT]", () => {
  test("[SUPPORT][MEMBERS]: agent registers a member", async ({ page, signInAs }) => {
    const email = uniqueEmail("register");
    await signInAs("SUPPORT");
    await openRegisterForm(page);
    const phone = uniquePhone();
    await fillRegisterForm(page, { name: "Putri Anggraini", email, phone });

    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText("Register Putri Anggraini?");
    await expect(confirm.getByTestId("register-summary")).toContainText("12 Apr 1993");
    await expect(confirm.getByTestId("register-summary")).toContainText("Plaza Senayan");
    await confirmWithReason(page, "Register in Stamps", "Signed up at the Plaza Senayan counter");

    await expect(page).toHaveURL(/\/members\/\d+$/);
    const id = Number(/\/members\/(\d+)$/.exec(page.url())![1]);
    const stamps = await memberStatus(pos, email);
    expect(stamps).toMatchObject({
      id,
      name: "Putri Anggraini",
      email,
      birthday: "1993-04-12",
      gender: 2,
      phone,
    });

    await expect(page.getByTestId("member-card").getByRole("heading", { name: "Putri Anggraini" })).toBeVisible();
    await page.getByRole("tab", { name: "Staff activity" }).click();
    await expect(page.getByRole("list", { name: "Staff activity" })).toContainText("Registered a member");
    await expect(page.getByRole("list", { name: "Staff activity" })).toContainText(
      "Signed up at the Plaza Senayan counter",
    );
  });

  test("[SUPPORT][MEMBERS]: an email Stamps already has lands on the email field", async ({ page, signInAs }) => {
    const existing = await registerMember(pos);
    await signInAs("SUPPORT");
    await openRegisterForm(page);
    await fillRegisterForm(page, { name: "Someone Else", email: existing.email, phone: uniquePhone() });
    await confirmWithReason(page, "Register in Stamps", "Second registration attempt");

    await expect(page.getByRole("alertdialog")).toBeHidden();
    const dialog = page.getByRole("dialog", { name: "Register member" });
    const emailField = dialog.getByLabel("Email");
    await expect(emailField).toHaveAttribute("aria-invalid", "true");
    await expect(dialog).toContainText("This email is already registered.");
    await expect(emailField).toBeFocused();
    // Stamps still holds the first member under that email.
    expect((await memberStatus(pos, existing.email)).name).toBe(existing.name);
  });

  test("[SUPPORT][MEMBERS]: agent edits a member after reviewing what changes", async ({ page, signInAs }) => {
    const oldPhone = uniquePhone();
    const newPhone = uniquePhone();
    const member = await registerMember(pos, { phone: oldPhone, address: "Jl. Melati 3" });
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${member.name}` });

    // Nothing changed yet: the form says so instead of asking to confirm.
    await dialog.getByRole("button", { name: "Review changes" }).click();
    await expect(dialog.getByRole("status")).toContainText("Nothing changed");
    await expect(page.getByRole("alertdialog")).toBeHidden();

    await dialog.getByLabel("Name").fill(`${member.name} Wijaya`);
    await dialog.getByLabel("Phone").fill(newPhone);
    await dialog.getByRole("button", { name: "Review changes" }).click();

    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText("Save 2 changes");
    const changes = confirm.getByRole("list", { name: "Changes" }).getByRole("listitem");
    await expect(changes).toHaveCount(2);
    await expect(changes.nth(0)).toContainText("Name");
    await expect(changes.nth(0).getByTestId("change-before")).toHaveText(member.name);
    await expect(changes.nth(0).getByTestId("change-after")).toHaveText(`${member.name} Wijaya`);
    await expect(changes.nth(1).getByTestId("change-before")).toHaveText(oldPhone);
    await expect(changes.nth(1).getByTestId("change-after")).toHaveText(newPhone);

    await confirm.getByLabel("Reason (optional, kept in the audit log)").fill("Member corrected her name and phone");
    await confirm.getByRole("button", { name: "Save in Stamps" }).click();
    // The page shows the member as Stamps now holds them (members.get is asked again)…
    await expect(page.getByTestId("member-card").getByRole("heading", { name: `${member.name} Wijaya` })).toBeVisible();
    await expect(page.getByTestId("member-card")).toContainText(newPhone);
    await expect(confirm).toBeHidden();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    // …and so does the emulator, asked directly as a POS would.
    expect(await memberStatus(pos, member.id)).toMatchObject({
      name: `${member.name} Wijaya`,
      phone: newPhone,
      address: "Jl. Melati 3",
      email: member.email,
    });
  });

  test("[MARKETING][MEMBERS]: marketing sees members but cannot register or edit them", async ({ page, signInAs }) => {
    const member = await registerMember(pos);
    await signInAs("MARKETING");
    await page.goto("/members");
    await expect(page.getByRole("combobox", { name: "Find a member" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Register member" })).toHaveCount(0);
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("member-card").getByRole("heading", { name: member.name })).toBeVisible();
    await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Issue voucher" })).toBeVisible();
  });
});
