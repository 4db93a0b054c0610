// Shared by the campaign engine's integration tests and bench/campaigns.ts: an emulator database with bulk members
// and a voucher template without issuance limit, a back-office database with a merchant and a campaign, worker child
// processes, and the emulator's own count of vouchers per operation key.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDbClient } from "@/server/db-client";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { parseOperationKey } from "@/server/services/campaigns/operation-key";
import { createMerchant } from "@/server/services/merchants/save-merchant";

const root = path.resolve(import.meta.dirname, "..", "..");
export const EMULATOR_MERCHANT = 14;

export type BulkMember = { id: number; email: string; phone: string; card: string };

/** Seeds the demo data and `members` bulk members into a new emulator database, plus an unlimited fixed template. */
export function seedCampaignEmulatorDb({ databaseFile, members }: { databaseFile: string; members: number }) {
  const seed = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "server/emulator/seed-bulk.ts",
      "--members",
      String(members),
      "--database",
      `file:${databaseFile}`,
    ],
    { cwd: root, encoding: "utf8", env: process.env },
  );
  if (seed.status !== 0) throw new Error(`seed-bulk.ts failed:\n${seed.stdout}${seed.stderr}`);
  const sqlite = new Database(databaseFile);
  try {
    const template = sqlite
      .prepare(
        `INSERT INTO voucher_templates (merchant_id, name, type, value_type, value, validity_type, validity_days,
                                        short_description, created_at)
         VALUES (?, 'Campaign test voucher', 2, 'fixed', 25000, 'dynamic', 30, 'Rp 25,000 off', ?)`,
      )
      .run(EMULATOR_MERCHANT, new Date().toISOString().replace("Z", "+00:00"));
    const bulk = sqlite
      .prepare<[number], BulkMember>(
        `SELECT u.id, u.email, u.phone, min(c.number) AS card
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.merchant_id = ?
         JOIN member_cards c ON c.membership_id = m.id
         WHERE u.email LIKE '%@bulk.example.com' GROUP BY u.id ORDER BY u.id`,
      )
      .all(EMULATOR_MERCHANT);
    return { templateId: Number(template.lastInsertRowid), members: bulk };
  } finally {
    sqlite.close();
  }
}

/** The emulator's vouchers carrying this campaign's operation keys: row number → voucher ids. */
export function vouchersByRow(emulatorDatabaseFile: string, campaignId: number): Map<number, number[]> {
  const sqlite = new Database(emulatorDatabaseFile, { readonly: true });
  try {
    const rows = sqlite
      .prepare<[string], { id: number; notes: string }>("SELECT id, notes FROM vouchers WHERE notes LIKE ?")
      .all(`%[c${campaignId}/r%`);
    const byRow = new Map<number, number[]>();
    for (const row of rows) {
      const key = parseOperationKey(row.notes);
      if (key?.campaignId !== campaignId) continue;
      byRow.set(key.rowNumber, [...(byRow.get(key.rowNumber) ?? []), row.id]);
    }
    return byRow;
  } finally {
    sqlite.close();
  }
}

/** A migrated back-office database file of its own (copied from `templateFile` when given, else migrated). */
export function createBackOfficeDb(file: string, templateFile?: string) {
  if (templateFile) fs.copyFileSync(templateFile, file);
  else {
    const migrate = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      encoding: "utf8",
    });
    if (migrate.status !== 0) throw new Error(`Migrating ${file} failed:\n${migrate.stdout}${migrate.stderr}`);
  }
  return createDbClient(`file:${file}`);
}

/** Merchant 14 of that emulator, with its campaign limits. */
export async function createCampaignMerchant(
  db: PrismaClient,
  {
    apiBaseUrl,
    token,
    concurrency,
    ratePerSecond,
  }: { apiBaseUrl: string; token: string; concurrency: number; ratePerSecond: number },
) {
  const merchant = await createMerchant(db, {
    stampsMerchantId: EMULATOR_MERCHANT,
    name: "Stamps Coffee",
    apiBaseUrl,
    tokenType: "Token",
    timeZone: "Asia/Jakarta",
    token,
  });
  await db.campaignSettings.create({ data: { merchantId: merchant.id, concurrency, ratePerSecond } });
  return merchant;
}

/** A campaign with one PENDING row per identifier (rows numbered from 1), in the given status. */
export async function createCampaignWithRows(
  db: PrismaClient,
  {
    merchantId,
    templateId,
    identifiers,
    status = "READY",
    notes = "Campaign test",
  }: {
    merchantId: string;
    templateId: number;
    identifiers: string[];
    status?: "READY" | "RUNNING";
    notes?: string;
  },
) {
  const startDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const campaign = await db.campaign.create({
    data: {
      merchantId,
      name: `Campaign ${Date.now()}`,
      stampsTemplateId: templateId,
      templateName: "Campaign test voucher",
      startDate,
      defaultNotes: notes,
      status,
      rowCount: identifiers.length,
      ...(status === "RUNNING" && { startedAt: new Date() }),
    },
  });
  for (let i = 0; i < identifiers.length; i += 5000) {
    await db.campaignRow.createMany({
      data: identifiers.slice(i, i + 5000).map((identifier, index) => ({
        campaignId: campaign.id,
        rowNumber: i + index + 1,
        line: i + index + 2,
        cells: JSON.stringify([identifier]),
        identifier,
      })),
    });
  }
  return campaign;
}

/** The identifier forms a spreadsheet brings, cycling: email, card number, phone (+62…), Stamps ID. */
export function mixedIdentifiers(members: BulkMember[]) {
  return members.map((member, index) => [member.email, member.card, member.phone, String(member.id)][index % 4]!);
}

/** Starts `npm run worker`'s command as a child process; resolves once it says it is ready. */
export async function startWorkerProcess({
  env,
  workerId,
  nodeOptions = ["--max-old-space-size=192"],
  onOutput,
}: {
  env: Record<string, string>;
  workerId: string;
  /** Node flags before the script (default: the heap cap of `npm run worker`). */
  nodeOptions?: string[];
  /** Sees every chunk the worker writes (only the last 256 KB are kept for output()). */
  onOutput?: (chunk: string) => void;
}) {
  const child = spawn(
    process.execPath,
    [...nodeOptions, "--conditions=react-server", "--import", "tsx", "server/campaign-worker.ts"],
    {
      cwd: root,
      env: { ...process.env, ...env, CAMPAIGN_WORKER_ID: workerId },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    onOutput?.(text);
    output = (output + text).slice(-262_144);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const deadline = Date.now() + 90_000;
  while (!output.includes(" ready ")) {
    if (child.exitCode !== null) throw new Error(`Worker ${workerId} exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Worker ${workerId} did not start within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output };
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Polls `check` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs: number,
  everyMs = 200,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
