import { randomUUID } from "node:crypto";
import {
  addStamps,
  issueVoucher,
  memberStatus,
  registerMember,
  uniqueCard,
  uniquePhone,
  type MemberStatus,
} from "../../testing/factories/stamps-members";
import { expect, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";
import { saveScreen } from "../fixtures/screens";

test.describe("[MEMBERS][LOOKUP]", () => {
  let member: MemberStatus;

  test.beforeAll(async () => {
    const registered = await registerMember(pos, { phone: uniquePhone(), card: uniqueCard() });
    await addStamps(pos, registered.email, 12);
    await issueVoucher(pos, registered.email);
    member = await memberStatus(pos, registered.email);
  });

  for (const [how, query] of [
    ["email", () => member.email!],
    ["phone number", () => member.phone!],
    ["card number", () => member.member_ids[0]!],
    ["member ID", () => String(member.id)],
  ] as const) {
    test(`support agent finds a member by ${how} and sees what Stamps holds`, async ({ page, signInAs }) => {
      await signInAs("SUPPORT");
      await page.goto("/members");
      await page.getByRole("combobox", { name: "Find a member" }).fill(query());
      await page.getByRole("combobox", { name: "Find a member" }).press("Enter");

      await expect(page).toHaveURL(new RegExp(`/members/${member.id}$`));
      const card = page.getByTestId("member-card");
      await expect(card.getByRole("heading", { name: member.name })).toBeVisible();
      await expect(card.getByTestId("member-level")).toHaveText(member.membership_status);
      await expect(card.getByTestId("member-stamps")).toHaveText("12");
      await expect(card.getByTestId("member-balance")).toHaveText(`Rp ${member.balance.toLocaleString("id-ID")}`);
      await expect(card).toContainText(`Member ID ${member.id}`);
      await expect(card).toContainText(member.phone!);
      await expect(card).toContainText("8 Jul 1992");
      expect(member.member_ids).toHaveLength(1);
      await expect(card).toContainText(member.member_ids[0]!);
      await expect(page.getByRole("list", { name: "Vouchers" }).getByRole("listitem").first()).toBeVisible();
      await saveScreen(page, `member-page-by-${how.replace(" ", "-")}`, { fullPage: true });
    });
  }

  test("an unknown member shows Stamps' own message", async ({ page, signInAs }) => {
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.com`;
    const { status, body } = await pos.request<{ detail: string }>("GET", "/api/memberships/status", {
      params: { user: unknown, merchant: 14 },
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
    // A first name no other member has, so the suggestions are this test's own members.
    const word = `Qz${randomUUID()
      .replace(/[^a-f]/g, "")
      .slice(0, 4)}`;
    const named = [
      await registerMember(pos, { name: `${word} Satu` }),
      await registerMember(pos, { name: `${word} Dua` }),
    ];
    const body = await pos.get<{ suggestions: { id: number; name: string }[] }>("/api/memberships/suggestions", {
      query: word,
      merchant: 14,
    });
    expect(body.suggestions.map((suggestion) => suggestion.id).sort()).toEqual(named.map((one) => one.id).sort());

    await signInAs("SUPPORT");
    await page.goto("/members");
    const input = page.getByRole("combobox", { name: "Find a member" });
    await input.pressSequentially(word, { delay: 30 });
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
