import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./config";
import { bulkMemberIdentifiers, insertBulkMembers } from "./seed-bulk-members";
import type { TestEmulator } from "./testing/test-emulator";
import { createTestEmulator } from "./testing/test-emulator";

let emulator: TestEmulator;
let result: ReturnType<typeof insertBulkMembers>;
/** the first bulk user id: right after the demo data's largest */
let first: number;
beforeAll(async () => {
  emulator = await createTestEmulator();
  first = 1 + (emulator.db.sqlite.prepare<[], number>("SELECT max(id) FROM users").pluck().get() ?? 0);
  result = insertBulkMembers(emulator.db.sqlite, { members: 300 });
});
afterAll(async () => {
  await emulator.close();
});

type Status = {
  id: number;
  name: string;
  email: string;
  phone: string;
  member_ids: string[];
  membership_status: string;
};
type Suggestions = { suggestions: { id: number; name: string }[] };

const status = async (user: string) => {
  const res = await emulator.get(`/api/memberships/status?user=${encodeURIComponent(user)}&merchant=14`);
  expect(res.status).toBe(200);
  return (await res.json()) as Status;
};
const suggest = async (query: string) => {
  const res = await emulator.get(`/api/memberships/suggestions?query=${encodeURIComponent(query)}&merchant=14`);
  expect(res.status).toBe(200);
  return ((await res.json()) as Suggestions).suggestions;
};

describe("insertBulkMembers", () => {
  it("adds members after the demo ones, with search terms and transaction history", () => {
    expect(result).toMatchObject({ members: 300, firstUserId: first, lastUserId: first + 299, searchTerms: 2100 });
    expect(result.transactions).toBe(300);
    const count = (sql: string) => emulator.db.sqlite.prepare<[], number>(sql).pluck().get();
    expect(count(`SELECT count(*) FROM memberships WHERE merchant_id = 14 AND user_id >= ${first}`)).toBe(300);
    expect(count("SELECT count(DISTINCT membership_id) FROM transactions WHERE invoice_number LIKE 'BULK-%'")).toBe(
      200,
    );
    expect(count(`SELECT count(DISTINCT level_id) FROM memberships WHERE user_id >= ${first}`)).toBe(4);
  });

  it("makes them findable by email, phone, card and id", async () => {
    const id = first + 143;
    const { phone, localPhone, card } = bulkMemberIdentifiers(id);
    const byId = await status(String(id));
    expect(byId).toMatchObject({ id, phone, member_ids: [card] });
    expect(await status(byId.email)).toEqual(byId);
    expect(await status(localPhone)).toEqual(byId);
    expect(await status(card)).toEqual(byId);
  });

  it("makes them suggestions by name, later name, email, phone and card", async () => {
    const member = await status(String(first));
    const [, lastName = ""] = member.name.split(" ");
    expect((await suggest(member.name)).map((s) => s.id)).toContain(first);
    const byLastName = await suggest(lastName.toLowerCase());
    expect(byLastName.length).toBeGreaterThan(0);
    expect(byLastName.every((s) => s.name.includes(lastName))).toBe(true);
    expect((await suggest(member.email)).map((s) => s.id)).toEqual([first]);
    expect((await suggest(bulkMemberIdentifiers(first).localPhone)).map((s) => s.id)).toEqual([first]);
    expect((await suggest("0838")).length).toBe(10);
    expect((await suggest(bulkMemberIdentifiers(first).card)).map((s) => s.id)).toEqual([first]);
  });

  it("continues after the existing ids when run again", () => {
    const again = insertBulkMembers(emulator.db.sqlite, { members: 5 });
    expect(again).toMatchObject({ members: 5, firstUserId: first + 300, lastUserId: first + 304 });
  });
});

describe("seed-bulk.ts", () => {
  // A process of its own (tsx compiles, migrates, seeds): give it room on a busy machine.
  it("seeds a new database from the command line and says how long it took", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), "stamps-emulator-bulk-"));
    try {
      const file = path.join(dir, "bulk.db");
      const run = spawnSync(
        path.join(repoRoot, "node_modules", ".bin", "tsx"),
        ["server/emulator/seed-bulk.ts", "--members", "50", "--database", `file:${file}`],
        { cwd: repoRoot, encoding: "utf8" },
      );
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        /^Added 50 members of merchant 14 \(user ids [\d,]+–[\d,]+\), .* in \d+\.\d s to file:/,
      );
      const db = new Database(file, { readonly: true });
      try {
        const bulk = db.prepare("SELECT count(*) FROM users WHERE email LIKE '%@bulk.example.com'");
        expect(bulk.pluck().get()).toBe(50);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
