import { expect, test } from "../fixtures/auth";
import { stampsGet, type StampsMember } from "../fixtures/emulator";
import { saveScreen } from "../fixtures/screens";

test.describe("[MEMBERS][LOOKUP]", () => {
  let alice: StampsMember;

  test.beforeAll(async () => {
    const { status, body } = await stampsGet<StampsMember>("/api/memberships/status", {
      user: "customer@stamps.co.id",
      merchant: 14,
    });
    expect(status).toBe(200);
    alice = body;
  });

  for (const [how, query] of [
    ["email", () => alice.email],
    ["phone number", () => alice.phone],
    ["card number", () => alice.member_ids[0]!],
    ["member ID", () => String(alice.id)],
  ] as const) {
    test(`support agent finds a member by ${how} and sees what Stamps holds`, async ({ page, signInAs }) => {
      await signInAs("SUPPORT");
      await page.goto("/members");
      await page.getByRole("combobox", { name: "Find a member" }).fill(query());
      await page.getByRole("combobox", { name: "Find a member" }).press("Enter");

      await expect(page).toHaveURL(new RegExp(`/members/${alice.id}$`));
      const card = page.getByTestId("member-card");
      await expect(card.getByRole("heading", { name: alice.name })).toBeVisible();
      await expect(card.getByTestId("member-level")).toHaveText(alice.membership_status);
      await expect(card.getByTestId("member-stamps")).toHaveText(String(alice.stamps));
      await expect(card.getByTestId("member-balance")).toHaveText(`Rp ${alice.balance.toLocaleString("id-ID")}`);
      await expect(card).toContainText(`Member ID ${alice.id}`);
      await expect(card).toContainText(alice.phone);
      await expect(card).toContainText("15 Sep 2000");
      for (const cardNumber of alice.member_ids) await expect(card).toContainText(cardNumber);
      await expect(page.getByRole("list", { name: "Vouchers" }).getByRole("listitem").first()).toBeVisible();
      await saveScreen(page, `member-page-by-${how.replace(" ", "-")}`, { fullPage: true });
    });
  }

  test("an unknown member shows Stamps' own message", async ({ page, signInAs }) => {
    const unknown = "nobody-here@example.com";
    const { status, body } = await stampsGet<{ detail: string }>("/api/memberships/status", {
      user: unknown,
      merchant: 14,
    });
    expect(status).toBe(404);

    await signInAs("MARKETING");
    await page.goto("/members");
    await page.getByRole("combobox", { name: "Find a member" }).fill(unknown);
    await page.getByRole("combobox", { name: "Find a member" }).press("Enter");
    const error = page.getByTestId("member-error");
    await expect(error).toContainText("No member found");
    await expect(error).toContainText(body.detail);
    await expect(page).toHaveURL(/\/members$/);
  });

  test("suggestions appear as you type and the keyboard opens one", async ({ page, signInAs }) => {
    const { body } = await stampsGet<{ suggestions: { id: number; name: string }[] }>("/api/memberships/suggestions", {
      query: "steve",
      merchant: 14,
    });
    expect(body.suggestions.length).toBeGreaterThan(1);

    await signInAs("SUPPORT");
    await page.goto("/members");
    const input = page.getByRole("combobox", { name: "Find a member" });
    await input.pressSequentially("steve", { delay: 30 });
    const options = page.getByRole("listbox", { name: "Suggested members" }).getByRole("option");
    await expect(options).toHaveCount(body.suggestions.length);
    await expect(options.first()).toContainText(body.suggestions[0]!.name);

    await input.press("ArrowDown");
    await input.press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await input.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/members/${body.suggestions[1]!.id}$`));
    await expect(
      page.getByTestId("member-card").getByRole("heading", { name: body.suggestions[1]!.name }),
    ).toBeVisible();
  });

  test("an empty search is stopped with a hint, without calling Stamps", async ({ page, signInAs }) => {
    await signInAs("SUPPORT");
    await page.goto("/members");
    let lookups = 0;
    page.on("request", (request) => {
      if (request.url().includes("members.get")) lookups++;
    });
    await page.getByRole("combobox", { name: "Find a member" }).fill("   ");
    await page.getByRole("combobox", { name: "Find a member" }).press("Enter");
    await expect(page.getByText("Enter an email, phone number, card number or member ID")).toBeVisible();
    expect(lookups).toBe(0);
  });
});
