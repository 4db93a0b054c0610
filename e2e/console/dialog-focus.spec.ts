import type { Locator, Page } from "@playwright/test";
import { issueVoucher, registerMember } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

/** Opens a dialog with `opener`, closes it with Escape, and expects focus back on `opener`, not on the page body. */
async function focusComesBack(page: Page, opener: Locator, dialog: Locator) {
  await opener.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

test.describe("[CONSOLE][FOCUS]", () => {
  test("focus returns to the control that opened Edit, voucher details and the palette", async ({ page, signInAs }) => {
    const member = await registerMember(pos);
    const voucher = await issueVoucher(pos, member.email);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await expect(page.getByTestId("member-card").getByRole("heading", { name: member.name })).toBeVisible({
      timeout: 20_000,
    });

    await focusComesBack(
      page,
      page.getByRole("button", { name: "Edit" }),
      page.getByRole("dialog", { name: `Edit ${member.name}` }),
    );
    await focusComesBack(
      page,
      page.getByRole("button", { name: new RegExp(`Voucher ${voucher.code}`) }),
      page.getByRole("dialog", { name: /Discount/ }),
    );
    await focusComesBack(
      page,
      page.getByRole("button", { name: /Find member/ }),
      page.getByRole("dialog", { name: "Jump to a member" }),
    );

    // Ctrl+K from a focused control gives focus back to it.
    const edit = page.getByRole("button", { name: "Edit" });
    await edit.focus();
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("dialog", { name: "Jump to a member" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(edit).toBeFocused();
  });

  test("focus returns to Register member", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/members");
    await focusComesBack(
      page,
      page.getByRole("button", { name: "Register member" }),
      page.getByRole("dialog", { name: "Register member" }),
    );
  });
});
