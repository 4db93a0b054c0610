import type { Page } from "@playwright/test";

/** Fills and sends the reason-and-confirm dialog. */
export async function confirmWithReason(page: Page, button: string, reason = "POS failed at the till; ticket #E2E") {
  const dialog = page.getByRole("alertdialog");
  await dialog.getByLabel("Reason (kept in the audit log)").fill(reason);
  await dialog.getByRole("button", { name: button, exact: true }).click();
}

export async function chooseStore(page: Page, name: RegExp) {
  await page.getByRole("dialog").getByLabel("Store").click();
  await page.getByRole("option", { name }).click();
}
