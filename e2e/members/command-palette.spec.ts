import { randomUUID } from "node:crypto";
import { registerMember, uniqueCard } from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

test.describe("[MEMBERS][PALETTE]", () => {
  test("Ctrl+K jumps to a member from another page", async ({ page, signInAs }) => {
    const card = uniqueCard();
    const member = await registerMember(pos, { card });
    await signInAs("SUPPORT");
    await page.goto("/transactions");
    await expect(page.getByRole("heading", { name: "Transactions" })).toBeVisible();

    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Jump to a member" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("combobox", { name: "Member" }).fill(card);
    await dialog.getByRole("combobox", { name: "Member" }).press("Enter");

    await expect(page).toHaveURL(new RegExp(`/members/${member.id}$`));
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("member-card").getByRole("heading", { name: member.name })).toBeVisible();
  });
});

test.describe("[MEMBERS][PALETTE] suggestions", () => {
  for (const [device, viewport] of [
    ["desktop", { width: 1440, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    test(`the palette's suggestions sit wholly inside it (${device})`, async ({ page, signInAs }) => {
      const word = `Pz${randomUUID()
        .replace(/[^a-f]/g, "")
        .slice(0, 4)}`;
      for (const last of ["Rogers", "Banner", "Stark"]) await registerMember(pos, { name: `${word} ${last}` });
      await signInAs("SUPPORT");
      await page.setViewportSize(viewport);
      await page.goto("/members");
      await page.keyboard.press("Control+k");
      const dialog = page.getByRole("dialog", { name: "Jump to a member" });
      await dialog.getByRole("combobox", { name: "Member" }).pressSequentially(word, { delay: 20 });
      const options = dialog.getByRole("listbox", { name: "Suggested members" }).getByRole("option");
      await expect(options).toHaveCount(3);

      const box = (await dialog.boundingBox())!;
      for (let index = 0; index < 3; index++) {
        const option = (await options.nth(index).boundingBox())!;
        expect(option.y, `option ${index + 1} starts inside the palette`).toBeGreaterThanOrEqual(box.y);
        expect(option.y + option.height, `option ${index + 1} ends inside the palette`).toBeLessThanOrEqual(
          box.y + box.height + 0.5,
        );
      }
      await dialog.getByRole("combobox", { name: "Member" }).press("ArrowDown");
      await expect(options.first()).toHaveAttribute("aria-selected", "true");
      await expect(options.first()).toBeInViewport({ ratio: 1 });
    });
  }
});

test.describe("[CONSOLE][PALETTE] pages, actions and copying", () => {
  test("Ctrl+K also opens pages and actions", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/vouchers");
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Jump to a member" });
    const input = dialog.getByRole("combobox", { name: "Member" });
    await input.fill("transac");
    await expect(dialog.getByRole("option", { name: /^Transactions/ })).toBeVisible();
    await input.press("ArrowDown");
    await input.press("Enter");
    await expect(page).toHaveURL(/\/transactions$/);

    await page.keyboard.press("Control+k");
    await input.fill("register");
    await dialog.getByRole("option", { name: /Register member…/ }).click();
    await expect(page.getByRole("dialog", { name: "Register member" })).toBeVisible();
  });

  test("a copy button beside the member ID copies it", async ({ page, context, signInAs }) => {
    const member = await registerMember(pos);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await signInAs("SUPPORT");
    await page.goto(`/members/${member.id}`);
    await page.getByRole("button", { name: "Copy member ID" }).click();
    await expect(page.getByRole("button", { name: "member ID copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(String(member.id));
  });
});
