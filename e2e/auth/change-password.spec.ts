import { expect, signIn, test } from "../fixtures/auth";

test("[AUTH]: anyone changes their own password from the account menu, after giving the current one", async ({
  page,
  signInAs,
}) => {
  const staff = await signInAs("SUPPORT");
  await page.goto("/members");
  await page.getByRole("button", { name: `Account: ${staff.name}` }).click();
  await page.getByRole("menuitem", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "Change your password" })).toBeVisible();

  const fresh = `New-${staff.password}`;
  await page.getByLabel("Current password").fill("not-my-password-at-all");
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("New password again").fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  // (Next's route announcer is an alert too: name the one that speaks.)
  await expect(
    page.getByRole("alert").filter({ hasText: "Your current password is not right. Nothing was changed." }),
  ).toBeVisible();

  await page.getByLabel("Current password").fill(staff.password);
  await page.getByLabel("New password", { exact: true }).fill(fresh);
  await page.getByLabel("New password again").fill(fresh);
  await page.getByRole("button", { name: "Change password" }).click();
  // Signed in again with the new password, back in the console.
  await expect(page.getByRole("button", { name: `Account: ${staff.name}` })).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe("/change-password");

  await page.context().clearCookies();
  await signIn(page, { email: staff.email, password: fresh });
});
