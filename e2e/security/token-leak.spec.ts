import fs from "node:fs";
import path from "node:path";
import { e2eEnv, testDataDir } from "../../scripts/test/test-env.mjs";
import { registerMember } from "../../testing/factories/stamps-members";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/auth";
import { e2eDb } from "../fixtures/db";
import { pos } from "../fixtures/pos";

// The merchants' Stamps tokens, as the e2e back office stores them (encrypted) for merchants 14 and 15.
const TOKENS = [e2eEnv.EMULATOR_DEMO_TOKEN, e2eEnv.EMULATOR_OTHER_DEMO_TOKEN];
const root = path.resolve(import.meta.dirname, "..", "..");

/** Where in `text` a token (or its base64, as a header or cookie would carry it) shows, if anywhere. */
function leaks(text: string) {
  return TOKENS.flatMap((token) =>
    [token, Buffer.from(token).toString("base64")].filter((form) => text.includes(form)).map(() => token),
  );
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Opens `screens` as an admin of both merchants and returns every response body the browser received. */
async function responsesOf(
  page: Page,
  signInAs: (role: "ADMIN", options: { merchants: number[] }) => Promise<unknown>,
  screens: string[],
  after?: () => Promise<void>,
) {
  const seen: { url: string; text: string }[] = [];
  const reading: Promise<void>[] = [];
  page.on("response", (response) => {
    reading.push(
      response
        .body()
        .then((body) => void seen.push({ url: response.url(), text: body.toString("utf8") }))
        .catch(() => undefined),
    );
  });
  await signInAs("ADMIN", { merchants: [14, 15] });
  for (const screen of screens) {
    await page.goto(screen);
    await page.waitForLoadState("networkidle");
  }
  await after?.();
  await Promise.all(reading);
  expect(seen.length, "the responses were read").toBeGreaterThan(screens.length);
  return seen;
}

const leakingUrls = (seen: { url: string; text: string }[]) =>
  seen.filter((response) => leaks(response.text).length > 0).map((response) => response.url);

// Every screen, a member's page and each of its tabs (each calls Stamps with the token on the server), a member
// Stamps does not know (its refusal travels back as a message), and the token put to work by "Test connection".
// In four parts, so each stays well inside its time budget on a busy machine; in order, so the logs and audit rows
// are checked after all four put the token to work.
test.describe.configure({ mode: "serial" });

const memberTab = (id: number, tab: string) => `/members/${id}?tab=${tab}`;

test("[SECURITY][TOKENS]: no merchant token in any response of a member's page, transactions and vouchers", async ({
  page,
  signInAs,
}) => {
  const { id } = await registerMember(pos, { name: "Token Leak Check" });
  const screens = ["/members", `/members/${id}`, memberTab(id, "transactions"), memberTab(id, "vouchers")];
  expect(leakingUrls(await responsesOf(page, signInAs, screens))).toEqual([]);
});

test("[SECURITY][TOKENS]: no merchant token in any response of a member's other tabs or an unknown member", async ({
  page,
  signInAs,
}) => {
  const { id } = await registerMember(pos, { name: "Token Leak Check" });
  const screens = [...["rewards", "redemptions", "activity"].map((tab) => memberTab(id, tab)), "/members/987654321"];
  expect(leakingUrls(await responsesOf(page, signInAs, screens))).toEqual([]);
});

test("[SECURITY][TOKENS]: no merchant token in any response of the start, transactions, redemptions and vouchers pages", async ({
  page,
  signInAs,
}) => {
  const screens = ["/", "/transactions", "/redemptions", "/vouchers"];
  expect(leakingUrls(await responsesOf(page, signInAs, screens))).toEqual([]);
});

test("[SECURITY][TOKENS]: no merchant token in any response of campaigns, audit, settings or Test connection", async ({
  page,
  signInAs,
}) => {
  const seen = await responsesOf(page, signInAs, ["/campaigns", "/audit", "/settings"], async () => {
    await page.getByRole("button", { name: "Actions for Stamps Coffee" }).click();
    await page.getByRole("menuitem", { name: "Test connection" }).click();
    await expect(page.getByRole("dialog").getByRole("status")).toContainText(/Connected/);
  });
  expect(leakingUrls(seen)).toEqual([]);
});

test("[SECURITY][TOKENS]: no merchant token in the client bundle, a log line or an audit row", async () => {
  const bundle = filesUnder(path.join(root, ".next", "static")).filter((file) => /\.(js|css|html|json)$/.test(file));
  expect(bundle.length, "the client bundle was found").toBeGreaterThan(0);
  expect(bundle.filter((file) => leaks(fs.readFileSync(file, "utf8")).length > 0)).toEqual([]);

  const logs = ["e2e-app.log", "e2e-worker.log"].map((name) => path.join(testDataDir, name));
  for (const log of logs) {
    expect(fs.existsSync(log), `${log} is kept`).toBe(true);
    expect(leaks(fs.readFileSync(log, "utf8")), log).toEqual([]);
  }

  const events = await e2eDb().auditEvent.findMany({
    select: { id: true, target: true, reason: true, request: true, message: true },
  });
  expect(events.length).toBeGreaterThan(0);
  expect(events.filter((event) => leaks(JSON.stringify(event)).length > 0).map((event) => event.id)).toEqual([]);
});
