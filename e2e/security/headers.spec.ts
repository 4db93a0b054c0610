import type { Page } from "@playwright/test";
import { registerMember } from "../../testing/factories/stamps-members";
import { expect, seedStaff, signIn, test } from "../fixtures/auth";
import { pos } from "../fixtures/pos";

// The member page has no h1: its card names the member (one of the test's own).
const SCREENS: { path: string; heading?: RegExp; member?: true }[] = [
  { path: "/members", heading: /^Members$/ },
  { path: "/members/:id", member: true },
  { path: "/transactions", heading: /^Transactions$/ },
  { path: "/transactions/new", heading: /transaction/i },
  { path: "/redemptions", heading: /^Redemptions$/ },
  { path: "/vouchers", heading: /^Vouchers$/ },
  { path: "/campaigns", heading: /^Campaigns$/ },
  { path: "/audit", heading: /^Audit log$/ },
  { path: "/settings", heading: /^Settings$/ },
];

/** Every CSP violation the page reports, through the DOM event and the console alike. */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

test.describe("[SECURITY][HEADERS]", () => {
  test("the login page sends the security headers, with a fresh nonce on every load", async ({ page }) => {
    const violations = await watchCsp(page);
    const login = await page.goto("/login");
    const headers = login!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Served over plain http here: no HSTS, which browsers ignore on http anyway.
    expect(headers["strict-transport-security"]).toBeUndefined();
    const again = await page.reload();
    const nonce = (response: typeof login) =>
      /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce(login)).toBeTruthy();
    expect(nonce(again), "a fresh nonce per page").not.toBe(nonce(login));
    await expect(page.getByRole("button", { name: /sign in/i })).toBeVisible();
    expect(violations).toEqual([]);
  });

  // One test per screen, so the screens are shared between the workers and each stays short.
  for (const screen of SCREENS) {
    test(`${screen.path} works under the Content-Security-Policy, with no violation in the console`, async ({
      page,
    }) => {
      const violations = await watchCsp(page);
      const admin = await seedStaff("ADMIN", { merchants: [14, 15] });
      await signIn(page, admin);
      const member = screen.member ? await registerMember(pos) : null;
      const response = await page.goto(member ? `/members/${member.id}` : screen.path);
      expect(response!.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
      const landmark = member
        ? page.getByText(member.name).first()
        : page.getByRole("heading", { level: 1, name: screen.heading });
      await expect(landmark).toBeVisible();
      // Hydrated: the account menu opens, which needs the page's scripts to have run.
      await page.getByRole("button", { name: `Account: ${admin.name}` }).click();
      await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
      expect(violations).toEqual([]);
    });
  }

  test("an https request gets HSTS", async ({ request }) => {
    const response = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });
});
