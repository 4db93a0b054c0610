import { memberStatus, registerMember, SALE_DAY } from "../../testing/factories/stamps-members";
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

  test("[SUPPORT][TRANSACTIONS]: the sale's date and time read day/month/year and 24-hour in an en-US browser", async ({
    page,
    signInAs,
  }) => {
    const member = await registerMember(pos);
    await signInAs("SUPPORT");
    await page.goto(`/transactions/new?member=${member.id}`);
    const date = page.getByLabel("Date & time");
    const time = page.getByLabel("Time of the sale (24-hour)");
    // It starts at now on the merchant's clock (Jakarta), written the app's way.
    await expect(date).toHaveAttribute("placeholder", "dd/mm/yyyy");
    await expect(date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(time).toHaveAttribute("placeholder", "hh:mm");
    await expect(time).toHaveValue(/^([01]\d|2[0-3]):[0-5]\d$/);

    await page.getByLabel("Store").click();
    await page.getByRole("option", { name: /Plaza Senayan/ }).click();
    await page.getByLabel("Invoice number").fill(`DATE-${Date.now().toString(36).toUpperCase()}`);
    await page.getByLabel("Total value").fill("20000");

    // An hour past the day's end is named in words on the time box; nothing goes to review.
    const [year, month, day] = SALE_DAY.split("-");
    await date.fill(`${day}/${month}/${year}`);
    await time.fill("25:00");
    await page.getByRole("button", { name: "Preview stamps" }).click();
    await expect(page.getByText("25:00 is not a time of day; use 00:00 to 23:59")).toBeVisible();
    await expect(time).toHaveAttribute("aria-invalid", "true");
    await expect(date).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alertdialog")).toBeHidden();

    // 7:05 in the evening, typed as a 24-hour time: the review reads the day the field was given, not mm/dd.
    await time.fill("19:05");
    await page.getByRole("button", { name: "Preview stamps" }).click();
    const confirm = page.getByRole("alertdialog");
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    await expect(confirm).toContainText(`${Number(day)} ${months[Number(month) - 1]} ${year}, 19:05`);
  });
});
