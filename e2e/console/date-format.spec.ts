import { memberStatus, registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

test.describe("[CONSOLE][DATES]", () => {
  // An American browser: a native date input would show and take mm/dd/yyyy here.
  test.use({ locale: "en-US" });

  test("[SUPPORT][MEMBERS]: a date field reads and takes day/month/year in an en-US browser", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos); // born 8 July 1992
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${member.name}` });
    const birthday = dialog.getByLabel("Birthday");
    await expect(birthday).toHaveValue("08/07/1992");
    await expect(birthday).toHaveAttribute("placeholder", "dd/mm/yyyy");

    // An impossible date is named in words, and nothing goes to review.
    await birthday.fill("31/02/1990");
    await dialog.getByRole("button", { name: "Review changes" }).click();
    await expect(dialog.getByText("31/02/1990 is not a date")).toBeVisible();
    await expect(birthday).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alertdialog")).toBeHidden();

    // 3 April, not 4 March; then one day on with the calendar, by keyboard.
    await birthday.fill("03/04/1990");
    await dialog.getByRole("button", { name: "Open calendar" }).click();
    const calendar = page.getByRole("grid", { name: "April 1990" });
    await expect(calendar.getByRole("button", { name: "3 April 1990", exact: true })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(calendar).toBeHidden();
    await expect(birthday).toHaveValue("04/04/1990");
    await expect(birthday).toBeFocused();

    await dialog.getByRole("button", { name: "Review changes" }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm.getByTestId("change-after")).toHaveText("4 Apr 1990");
    await confirm.getByRole("button", { name: "Save in Stamps" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId("member-card")).toContainText("4 Apr 1990");
    expect((await memberStatus(pos, member.id)).birthday).toBe("1990-04-04");
  });
});
