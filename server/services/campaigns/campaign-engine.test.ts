// The campaign engine against a real emulator process (its own, with fault injection switched on): faults during a
// campaign, a real kill -9 of a worker process mid-run, two workers at once, and the emulator's own count of
// vouchers per row afterwards: exactly one for every row that should have one, none for the others.
import { request as httpRequest } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type BulkMember,
  createBackOfficeDb,
  createCampaignMerchant,
  createCampaignWithRows,
  exited,
  mixedIdentifiers,
  seedCampaignEmulatorDb,
  startWorkerProcess,
  vouchersByRow,
  waitUntil,
} from "@/scripts/test/campaign-fixtures";
import { startEmulatorProcess } from "@/scripts/test/emulator-process";
import { testEnv } from "@/scripts/test/test-env.mjs";
import type { PrismaClient } from "@/server/generated/prisma/client";
import { getKeyring } from "@/server/services/merchants/keyring";
import { encryptToken } from "@/server/services/merchants/token-cipher";
import { createStampsClient } from "@/server/stamps";
import { getCampaignProgress } from "./campaign-progress";
import { cancelCampaign, pauseCampaign, resumeCampaign, retryFailedRows, startCampaign } from "./lifecycle";
import { createCampaignWorker } from "./worker/campaign-worker";

const SECRET = "campaign-engine-test-secret";
const TOKEN = testEnv.EMULATOR_DEMO_TOKEN!;
const runDir = path.join(path.dirname(inject("templateDb")), "tmp");
const emulatorDb = path.join(runDir, `campaign-emulator-${process.pid}.db`);
const backOfficeFile = path.join(runDir, `campaign-backoffice-${process.pid}.db`);

let emulator: Awaited<ReturnType<typeof startEmulatorProcess>>;
let db: PrismaClient;
let members: BulkMember[];
let templateId: number;
let merchantId: string;
let staffId: string;
let nextMember = 0;

/** Members not used by an earlier test, so every campaign's vouchers are its own. */
const takeMembers = (count: number) => members.slice(nextMember, (nextMember += count));

/** The emulator's control endpoint, on a connection of its own (a kept-alive one may be closed under a busy test). */
function control(method: "GET" | "POST" | "DELETE", rule?: Record<string, unknown>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      `${emulator.url}/_emulator/faults`,
      { method, agent: false, headers: { "X-Emulator-Secret": SECRET, "Content-Type": "application/json" } },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(rule && JSON.stringify(rule));
  });
}

async function faults(method: "POST" | "DELETE", rule?: Record<string, unknown>) {
  const res = await control(method, rule);
  expect(res.status, res.body).toBeLessThan(300);
}

type ListedFault = { kind: string; after?: boolean; hits: number; path: string };
async function faultHits(): Promise<ListedFault[]> {
  return (JSON.parse((await control("GET")).body) as { faults: ListedFault[] }).faults;
}

const rowsOf = (campaignId: number) =>
  db.campaignRow.findMany({ where: { campaignId }, orderBy: { rowNumber: "asc" } });

/** Every ISSUED row has exactly one voucher at the emulator, the one recorded; every other row has none. */
async function expectExactlyOnce(campaignId: number) {
  const rows = await rowsOf(campaignId);
  const byRow = vouchersByRow(emulatorDb, campaignId);
  const duplicates = [...byRow].filter(([, ids]) => ids.length > 1);
  expect(duplicates).toEqual([]);
  for (const row of rows) {
    if (row.state === "ISSUED")
      expect({ row: row.rowNumber, vouchers: byRow.get(row.rowNumber) }).toEqual({
        row: row.rowNumber,
        vouchers: [row.voucherId],
      });
    else
      expect({ row: row.rowNumber, vouchers: byRow.get(row.rowNumber) }).toEqual({
        row: row.rowNumber,
        vouchers: undefined,
      });
  }
  return rows;
}

beforeAll(async () => {
  ({ members, templateId } = seedCampaignEmulatorDb({ databaseFile: emulatorDb, members: 1200 }));
  emulator = await startEmulatorProcess({
    port: inject("campaignEmulatorPort"),
    databaseFile: emulatorDb,
    env: { EMULATOR_CONTROL_SECRET: SECRET },
  });
  db = createBackOfficeDb(backOfficeFile, inject("templateDb"));
  const merchant = await createCampaignMerchant(db, {
    apiBaseUrl: emulator.url,
    token: TOKEN,
    concurrency: 8,
    ratePerSecond: 500,
  });
  merchantId = merchant.id;
  staffId = (
    await db.staff.create({
      data: { email: "marketing@test.stamps.id", name: "M", role: "MARKETING", passwordHash: "x" },
    })
  ).id;
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  emulator?.stop();
});

describe("issuing while Stamps misbehaves", () => {
  it("settles every row exactly once through 5xx, 429, timeouts, dropped connections and lost answers", async () => {
    const campaign = await createCampaignWithRows(db, {
      merchantId,
      templateId,
      identifiers: [...mixedIdentifiers(takeMembers(100)), "nobody@nowhere.example.com", "+6289999999999"],
    });
    await faults("DELETE");
    const issue = { path: "/api/vouchers/issue", method: "POST" };
    await faults("POST", { ...issue, kind: "latency", delayMs: 20, jitterMs: 150, rate: 0.3 });
    // Each fault fires on the first two requests that reach it (rules apply in order), so every kind surely happens.
    const twice = { rate: 1, times: 2 };
    await faults("POST", { ...issue, kind: "error", status: 503, ...twice });
    await faults("POST", { ...issue, kind: "error", status: 500, after: true, ...twice });
    await faults("POST", { ...issue, kind: "error", status: 429, ...twice });
    await faults("POST", { ...issue, kind: "drop", ...twice });
    await faults("POST", { ...issue, kind: "drop", after: true, ...twice });
    await faults("POST", { ...issue, kind: "timeout", after: true, holdMs: 30_000, ...twice });
    await faults("POST", { ...issue, kind: "timeout", holdMs: 30_000, ...twice });
    await faults("POST", { path: "/api/vouchers/by-merchant-group", kind: "error", status: 502, ...twice });
    await faults("POST", { path: "/api/memberships/status", kind: "error", status: 503, ...twice });

    const worker = createCampaignWorker({
      db,
      workerId: "in-process-faults",
      leaseMs: 5000,
      pollMs: 100,
      // A short timeout, so held requests cost the test little (yet long enough for a busy machine).
      stampsFor: () =>
        createStampsClient({
          baseUrl: emulator.url,
          tokenType: "Token",
          token: TOKEN,
          timeoutMs: 2500,
          allowedOrigins: [emulator.url],
        }),
    });
    const running = worker.start();
    try {
      await startCampaign({ db, campaignId: campaign.id, staffId });
      await waitUntil(
        "the campaign to complete",
        async () => (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === "COMPLETED",
        200_000,
      );
    } finally {
      await worker.stop();
      await running;
    }

    const hits = await faultHits();
    await faults("DELETE");
    // Every kind of fault really happened during the run.
    for (const rule of hits) expect({ rule, hit: rule.hits > 0 }).toEqual({ rule, hit: true });

    const rows = await expectExactlyOnce(campaign.id);
    const failed = rows.filter((row) => row.state === "FAILED");
    expect(failed.map((row) => [row.rowNumber, row.errorCode, row.retryable])).toEqual([
      [101, "member_not_found", false],
      [102, "member_not_found", false],
    ]);
    expect(failed[1]!.error).toBe("No Stamps member has the phone number +6289999999999.");
    expect(rows.filter((row) => row.state === "ISSUED")).toHaveLength(100);
    // Phone rows keep the member's Stamps ID.
    const phoneRow = rows[2]!;
    expect(phoneRow.identifier).toMatch(/^\+62838/);
    expect(phoneRow.memberId).toBe(members.find((member) => member.phone === phoneRow.identifier)!.id);

    const progress = await getCampaignProgress({ db, campaignId: campaign.id });
    expect(progress).toMatchObject({ status: "COMPLETED", remaining: 0, etaSeconds: null });
    expect(progress.counts).toMatchObject({ ISSUED: 100, FAILED: 2, PENDING: 0, IN_FLIGHT: 0, UNKNOWN: 0 });
    const audit = await db.auditEvent.findMany({
      where: { target: `campaign:${campaign.id}`, action: "campaigns.finish" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ staffEmail: "campaign worker", merchantId, outcome: "OK" });
    expect(audit[0]!.message).toBe("Campaign finished: 100 issued, 2 failed, 0 skipped.");

    // Member not found cannot change on retry.
    await expect(retryFailedRows({ db, campaignId: campaign.id, staffId })).rejects.toThrow(
      /no failed rows that can be tried again/,
    );
  }, 300_000);

  it("pauses, resumes and cancels between claims; cancelled rows stay PENDING", async () => {
    await faults("DELETE");
    await db.campaignSettings.update({ where: { merchantId }, data: { concurrency: 2, ratePerSecond: 20 } });
    const campaign = await createCampaignWithRows(db, {
      merchantId,
      templateId,
      identifiers: mixedIdentifiers(takeMembers(200)),
    });
    const worker = createCampaignWorker({ db, workerId: "in-process-lifecycle", leaseMs: 5000, pollMs: 100 });
    const running = worker.start();
    const issued = () => db.campaignRow.count({ where: { campaignId: campaign.id, state: "ISSUED" } });
    try {
      await expect(pauseCampaign({ db, campaignId: campaign.id, staffId })).rejects.toMatchObject({
        code: "CONFLICT",
        userMessage: "This campaign cannot be paused because it is ready to start.",
      });
      await startCampaign({ db, campaignId: campaign.id, staffId });
      await waitUntil("some rows issued", async () => (await issued()) >= 10, 30_000);
      await pauseCampaign({ db, campaignId: campaign.id, staffId });
      // Settles: calls under way finish, claimed rows not yet sent go back to PENDING.
      await waitUntil(
        "nothing in flight",
        async () =>
          (await db.campaignRow.count({
            where: { campaignId: campaign.id, state: { in: ["IN_FLIGHT", "UNKNOWN"] } },
          })) === 0,
        30_000,
      );
      const atPause = await issued();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await issued()).toBe(atPause);
      expect(atPause).toBeLessThan(200);

      await resumeCampaign({ db, campaignId: campaign.id, staffId });
      await waitUntil("more rows issued", async () => (await issued()) >= atPause + 10, 30_000);
      const progress = await getCampaignProgress({ db, campaignId: campaign.id });
      expect(progress.status).toBe("RUNNING");
      expect(progress.issuedPerSecond).toBeGreaterThan(0);
      expect(progress.etaSeconds).toBeGreaterThan(0);

      await cancelCampaign({ db, campaignId: campaign.id, staffId });
      await waitUntil(
        "nothing in flight after cancel",
        async () =>
          (await db.campaignRow.count({
            where: { campaignId: campaign.id, state: { in: ["IN_FLIGHT", "UNKNOWN"] } },
          })) === 0,
        30_000,
      );
    } finally {
      await worker.stop();
      await running;
    }
    const rows = await expectExactlyOnce(campaign.id);
    const pending = rows.filter((row) => row.state === "PENDING");
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((row) => row.leaseOwner === null)).toBe(true);
    expect(rows.filter((row) => row.state === "ISSUED").length + pending.length).toBe(200);
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("CANCELLED");
    await expect(resumeCampaign({ db, campaignId: campaign.id, staffId })).rejects.toMatchObject({
      userMessage: "This campaign cannot be resumed because it is cancelled.",
    });
  }, 150_000);
});

describe("when Stamps refuses the token or forgets used vouchers", () => {
  /** What an admin does in Settings: the merchant's stored token replaced. */
  async function storeToken(token: string) {
    const encrypted = encryptToken(getKeyring(), token, merchantId);
    await db.merchant.update({
      where: { id: merchantId },
      data: { tokenCiphertext: encrypted.ciphertext, tokenKeyVersion: encrypted.keyVersion },
    });
  }

  it("pauses with the reason in plain words when Stamps refuses the token mid-run; resumes with the new one", async () => {
    await faults("DELETE");
    await db.campaignSettings.update({ where: { merchantId }, data: { concurrency: 2, ratePerSecond: 40 } });
    const campaign = await createCampaignWithRows(db, {
      merchantId,
      templateId,
      identifiers: mixedIdentifiers(takeMembers(150)),
    });
    const worker = createCampaignWorker({ db, workerId: "in-process-token", leaseMs: 5000, pollMs: 100 });
    const running = worker.start();
    const count = (state: "ISSUED" | "FAILED" | "IN_FLIGHT" | "UNKNOWN") =>
      db.campaignRow.count({ where: { campaignId: campaign.id, state } });
    try {
      await startCampaign({ db, campaignId: campaign.id, staffId });
      await waitUntil("some rows issued", async () => (await count("ISSUED")) >= 10, 30_000);
      // The token stops working (revoked at Stamps, or replaced by a wrong one): the run picks it up and stops.
      await storeToken("a-token-stamps-does-not-know-0123456789");
      await waitUntil(
        "the worker to pause the campaign",
        async () => (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === "PAUSED",
        30_000,
      );
      const progress = await getCampaignProgress({ db, campaignId: campaign.id });
      expect(progress.pausedReason).toBe(
        "Stamps refused this merchant's API token; replace it in Settings, then resume.",
      );
      await waitUntil(
        "nothing in flight",
        async () => (await count("IN_FLIGHT")) + (await count("UNKNOWN")) === 0,
        30_000,
      );
      // Not failed row by row: the refused rows wait, and nothing more is sent.
      expect(await count("FAILED")).toBe(0);
      const atPause = await count("ISSUED");
      expect(atPause).toBeLessThan(150);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await count("ISSUED")).toBe(atPause);
      const audit = await db.auditEvent.findMany({
        where: { target: `campaign:${campaign.id}`, action: "campaigns.pause" },
      });
      expect(audit).toMatchObject([
        {
          staffEmail: "campaign worker",
          message: "Campaign paused: Stamps refused this merchant's API token; replace it in Settings, then resume.",
        },
      ]);

      await storeToken(TOKEN);
      await resumeCampaign({ db, campaignId: campaign.id, staffId });
      expect((await getCampaignProgress({ db, campaignId: campaign.id })).pausedReason).toBeNull();
      await waitUntil(
        "the campaign to complete",
        async () => (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === "COMPLETED",
        60_000,
      );
    } finally {
      await worker.stop();
      await running;
      await storeToken(TOKEN);
    }
    const rows = await expectExactlyOnce(campaign.id);
    expect(rows.filter((row) => row.state === "ISSUED")).toHaveLength(150);
  }, 150_000);

  it("does not issue again on its own a row whose call was long ago and whose voucher Stamps does not list", async () => {
    await faults("DELETE");
    await db.campaignSettings.update({ where: { merchantId }, data: { concurrency: 2, ratePerSecond: 100 } });
    const campaign = await createCampaignWithRows(db, {
      merchantId,
      templateId,
      identifiers: takeMembers(3).map((member) => member.email),
    });
    // Rows 1 and 2: sent, answer never recorded (a worker died mid-call), no voucher at Stamps: row 1 an hour ago
    // (a used-up voucher would not be listed any more), row 2 just now.
    const hourAgo = new Date(Date.now() - 3_600_000);
    await db.campaignRow.update({
      where: { campaignId_rowNumber: { campaignId: campaign.id, rowNumber: 1 } },
      data: { state: "UNKNOWN", sentAt: hourAgo, attempts: 1 },
    });
    await db.campaignRow.update({
      where: { campaignId_rowNumber: { campaignId: campaign.id, rowNumber: 2 } },
      data: { state: "UNKNOWN", sentAt: new Date(), attempts: 1 },
    });
    const worker = createCampaignWorker({ db, workerId: "in-process-window", leaseMs: 5000, pollMs: 100 });
    const running = worker.start();
    const completed = () =>
      waitUntil(
        "the campaign to complete",
        async () => (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === "COMPLETED",
        60_000,
      );
    try {
      await startCampaign({ db, campaignId: campaign.id, staffId });
      await completed();
      const rows = await expectExactlyOnce(campaign.id);
      expect(rows.map((row) => [row.rowNumber, row.state, row.errorCode, row.retryable])).toEqual([
        [1, "FAILED", "outcome_unknown", true],
        [2, "ISSUED", null, null],
        [3, "ISSUED", null, null],
      ]);
      expect(rows[0]!.error).toMatch(/may have been issued and already used\. It was not issued again/);
      expect((await getCampaignProgress({ db, campaignId: campaign.id })).retryableFailed).toBe(1);

      // Staff checked the member: retrying issues it.
      await retryFailedRows({ db, campaignId: campaign.id, staffId });
      await completed();
    } finally {
      await worker.stop();
      await running;
    }
    const rows = await expectExactlyOnce(campaign.id);
    expect(rows.map((row) => row.state)).toEqual(["ISSUED", "ISSUED", "ISSUED"]);
  }, 90_000);
});

describe("worker processes", () => {
  it("two workers share the merchant's rate limit instead of each taking all of it", async () => {
    await faults("DELETE");
    const rate = 20;
    await db.campaignSettings.update({ where: { merchantId }, data: { concurrency: 4, ratePerSecond: rate } });
    const campaign = await createCampaignWithRows(db, {
      merchantId,
      templateId,
      identifiers: takeMembers(160).map((member) => member.email),
    });
    const env = { ...testEnv, DATABASE_URL: `file:${backOfficeFile}`, CAMPAIGN_WORKER_POLL_MS: "200" };
    const workers = await Promise.all([
      startWorkerProcess({ env, workerId: "share-a" }),
      startWorkerProcess({ env, workerId: "share-b" }),
    ]);
    const holders = new Set<string>();
    try {
      await waitUntil(
        "both workers to see each other",
        async () => workers.every((worker) => worker.output().includes('"campaigns.live_workers"')),
        30_000,
      );
      await startCampaign({ db, campaignId: campaign.id, staffId });
      await waitUntil(
        "the campaign to complete",
        async () => {
          const inFlight = await db.campaignRow.findMany({
            where: { campaignId: campaign.id, state: "IN_FLIGHT" },
            select: { leaseOwner: true },
          });
          for (const row of inFlight) if (row.leaseOwner) holders.add(row.leaseOwner);
          return (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === "COMPLETED";
        },
        120_000,
        50,
      );
    } finally {
      for (const worker of workers) worker.child.kill("SIGTERM");
      await Promise.all(workers.map((worker) => exited(worker.child)));
    }
    for (const worker of workers) expect(worker.output()).toContain('"live":2');
    // Both issued, side by side.
    expect([...holders].sort()).toEqual(["share-a", "share-b"]);
    const rows = await expectExactlyOnce(campaign.id);
    const times = rows.map((row) => row.issuedAt!.getTime()).sort((a, b) => a - b);
    const perSecond = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
    // Together at most the merchant's rate (each alone would have taken all of it: twice as fast).
    expect(perSecond).toBeLessThan(rate * 1.3);
    // Gracefully stopped workers leave the heartbeat table.
    expect(await db.campaignWorker.count({ where: { id: { in: ["share-a", "share-b"] } } })).toBe(0);
  }, 180_000);

  it("two workers at once, one killed with kill -9 mid-run and restarted: every row issued exactly once", async () => {
    await faults("DELETE");
    await db.campaignSettings.update({ where: { merchantId }, data: { concurrency: 4, ratePerSecond: 60 } });
    const campaign = await createCampaignWithRows(db, {
      merchantId,
      templateId,
      identifiers: mixedIdentifiers(takeMembers(600)),
    });
    // Slow answers keep calls in flight at the moment of the kill; some answers are lost after the voucher exists.
    await faults("POST", { path: "/api/vouchers/issue", kind: "latency", delayMs: 50, jitterMs: 100 });
    await faults("POST", { path: "/api/vouchers/issue", kind: "timeout", after: true, holdMs: 30_000, rate: 0.03 });

    const env = {
      ...testEnv,
      DATABASE_URL: `file:${backOfficeFile}`,
      STAMPS_TIMEOUT_MS: "1500",
      CAMPAIGN_WORKER_LEASE_MS: "4000",
      CAMPAIGN_WORKER_POLL_MS: "200",
    };
    const [a, b] = await Promise.all([
      startWorkerProcess({ env, workerId: "worker-a" }),
      startWorkerProcess({ env, workerId: "worker-b" }),
    ]);
    let restarted: Awaited<ReturnType<typeof startWorkerProcess>> | undefined;
    try {
      await startCampaign({ db, campaignId: campaign.id, staffId });
      const holders = new Set<string>();
      const sampleHolders = async () => {
        const inFlight = await db.campaignRow.findMany({
          where: { campaignId: campaign.id, state: "IN_FLIGHT" },
          select: { leaseOwner: true },
        });
        for (const row of inFlight) if (row.leaseOwner) holders.add(row.leaseOwner);
        return inFlight;
      };
      await waitUntil(
        "worker-a to hold rows in flight after some were issued",
        async () => {
          const inFlight = await sampleHolders();
          const issued = await db.campaignRow.count({ where: { campaignId: campaign.id, state: "ISSUED" } });
          return issued >= 20 && inFlight.some((row) => row.leaseOwner === "worker-a");
        },
        90_000,
        50,
      ).catch((error: unknown) => {
        throw new Error(
          `${String(error)}\nworker-a:\n${a.output().slice(-3000)}\nworker-b:\n${b.output().slice(-3000)}`,
        );
      });
      a.child.kill("SIGKILL");
      expect(await exited(a.child)).toBe(null);
      const orphaned = await db.campaignRow.count({
        where: { campaignId: campaign.id, state: "IN_FLIGHT", leaseOwner: "worker-a" },
      });
      expect(orphaned).toBeGreaterThan(0);

      restarted = await startWorkerProcess({ env, workerId: "worker-a2" });
      await waitUntil(
        "the campaign to complete",
        async () => {
          await sampleHolders();
          return (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status === "COMPLETED";
        },
        180_000,
        250,
      );
      // Both workers issued side by side (worker-b before and after the kill).
      expect([...holders].sort()).toEqual(expect.arrayContaining(["worker-a", "worker-b"]));
    } finally {
      for (const worker of [a, b, restarted]) if (worker?.child.exitCode === null) worker.child.kill("SIGTERM");
      await Promise.all([b, restarted].flatMap((worker) => (worker ? [exited(worker.child)] : [])));
      await faults("DELETE");
    }
    const rows = await expectExactlyOnce(campaign.id);
    expect(rows.filter((row) => row.state === "ISSUED")).toHaveLength(600);
    // SIGTERM is graceful: the workers exit with 0.
    expect(b.child.exitCode).toBe(0);
  }, 360_000);
});
