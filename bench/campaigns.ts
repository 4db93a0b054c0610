// Campaign benchmark: a 10,000-row and a 100,000-row campaign issued by a real worker process against the emulator
// (100,000 bulk members), with the emulator's raw vouchers/issue throughput at the same concurrency measured first.
// Prints rows per second, time from rows-in-the-database to done, the worker's peak RSS, and how fast reads answer
// while a campaign runs; checks afterwards that the emulator holds exactly one voucher per row.
//   node --conditions=react-server --import tsx bench/campaigns.ts [--concurrency 8] [--rows 10000,100000]
import { type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runLoad, type LoadResult } from "./load";

const root = path.resolve(import.meta.dirname, "..");
const RUN_LIMIT_MS = 20 * 60_000;
const { values: args } = parseArgs({
  options: {
    concurrency: { type: "string", default: "8" },
    rows: { type: "string", default: "10000,100000" },
    members: { type: "string", default: "100000" },
  },
});
const concurrency = Number(args.concurrency);
const sizes = args.rows.split(",").map(Number);
const memberCount = Number(args.members);
if (!(concurrency > 0) || sizes.some((size) => !(size > 0)) || !(memberCount >= Math.max(...sizes))) {
  console.error(
    "--concurrency must be positive, --rows a comma-separated list of sizes, --members at least the largest size",
  );
  process.exit(2);
}

// The back office's own modules read their configuration when imported: set it first.
const { testEnv } = await import("../scripts/test/test-env.mjs");
const token = randomBytes(20).toString("hex");
const { freePort, startEmulatorProcess } = await import("../scripts/test/emulator-process");
// The emulator gets a port of its own, and the allow-list of this run (this process and the worker it starts)
// names exactly that address: the product's default list stays as it is.
const emulatorPort = await freePort();
Object.assign(process.env, testEnv, {
  EMULATOR_DEMO_TOKEN: token,
  STAMPS_TIMEOUT_MS: "10000",
  STAMPS_API_ALLOWED_BASE_URLS: `https://stamps.co.id,http://localhost:${emulatorPort}`,
});
const fixtures = await import("../scripts/test/campaign-fixtures");
const { getCampaignProgress } = await import("../server/services/campaigns/campaign-progress");
const { startCampaign } = await import("../server/services/campaigns/lifecycle");
const { ingestCampaignFile } = await import("../server/services/campaigns/ingest-file");

const tmp = mkdtempSync(path.join(os.tmpdir(), "stamps-campaign-bench-"));
const emulatorDb = path.join(tmp, "emulator.db");
const backOfficeDb = path.join(tmp, "backoffice.db");
const children = new Set<ChildProcess>();
let stopEmulator: (() => void) | undefined;
const startLoad = os.loadavg()[0] ?? 0;

const hardStop = setTimeout(() => {
  console.error(`The campaign benchmark ran longer than ${RUN_LIMIT_MS / 60_000} minutes; stopping.`);
  cleanUp();
  process.exit(1);
}, RUN_LIMIT_MS);
hardStop.unref();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

type RunFigures = {
  rows: number;
  insertSeconds: number;
  issueSeconds: number;
  totalSeconds: number;
  rowsPerSecond: number;
  rssStartMb: number;
  rssPeakMb: number;
  rssEndMb: number;
  progressP50Ms: number;
  progressP99Ms: number;
  statusP50Ms: number;
  statusP99Ms: number;
  exactlyOnce: boolean;
};

try {
  await main();
} finally {
  cleanUp();
  clearTimeout(hardStop);
}

async function main() {
  if (startLoad > 1)
    console.log(`Note: load average ${startLoad.toFixed(2)} before starting; other work here skews the figures.`);
  console.log(`Seeding ${memberCount.toLocaleString("en-US")} bulk members into ${emulatorDb}`);
  const { templateId, members } = fixtures.seedCampaignEmulatorDb({ databaseFile: emulatorDb, members: memberCount });
  const emulator = await startEmulatorProcess({
    databaseFile: emulatorDb,
    port: emulatorPort,
    env: { EMULATOR_DEMO_TOKEN: token },
  });
  stopEmulator = emulator.stop;
  const url = new URL(emulator.url);
  const target = { host: "localhost", port: Number(url.port), headers: { Authorization: `Token ${token}` } };

  // Raw: the same request the engine sends (a new member each time), closed loop, same concurrency.
  const startDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  let next = 0;
  console.log(`\nRaw vouchers/issue at concurrency ${concurrency} (5 s after 1 s warm-up)`);
  const raw: LoadResult = await runLoad({
    target,
    concurrency,
    warmupMs: 1000,
    durationMs: 5000,
    next: () => ({
      method: "POST",
      path: "/api/vouchers/issue",
      body: JSON.stringify({
        user: members[next++ % members.length]!.email,
        voucher_template: templateId,
        start_date: startDate,
        quantity: 1,
        notes: `raw bench [c999999/r${next}]`,
      }),
    }),
  });
  console.log(
    `  ${Math.round(raw.requestsPerSecond).toLocaleString("en-US")} req/s, p50 ${raw.p50Ms.toFixed(2)} ms, p99 ${raw.p99Ms.toFixed(2)} ms, ${raw.errors} errors`,
  );

  const db = fixtures.createBackOfficeDb(backOfficeDb);
  // No rate limit worth the name: the benchmark measures the engine, not the throttle.
  const merchant = await fixtures.createCampaignMerchant(db, {
    apiBaseUrl: emulator.url,
    token,
    concurrency,
    ratePerSecond: 1_000_000,
  });
  const staff = await db.staff.create({
    data: { email: "bench@stamps.id", name: "Bench", role: "MARKETING", passwordHash: "x" },
  });

  const worker = await fixtures.startWorkerProcess({
    env: { DATABASE_URL: `file:${backOfficeDb}`, CAMPAIGN_WORKER_POLL_MS: "200" },
    workerId: "bench-worker",
  });
  children.add(worker.child);
  const pid = worker.child.pid!;

  const figures: RunFigures[] = [];
  let offset = 0;
  for (const size of sizes) {
    console.log(`\nCampaign of ${size.toLocaleString("en-US")} rows`);
    const chosen = members.slice(offset, offset + size);
    offset = (offset + size) % members.length;
    const started = performance.now();
    // Upload: the file streamed through the intake's ingestCampaignFile (parse, validate, write), as the route does.
    const campaign = await db.campaign.create({
      data: {
        merchantId: merchant.id,
        name: `Bench ${size}`,
        stampsTemplateId: templateId,
        templateName: "Campaign test voucher",
        startDate,
        defaultNotes: "Bench",
      },
    });
    const ingested = await ingestCampaignFile({
      db,
      campaignId: campaign.id,
      body: csvFile(chosen.map((member, index) => (index % 2 === 0 ? member.email : member.card))),
      fileName: `bench-${size}.csv`,
      mode: "replace",
    });
    if (ingested.toIssue !== size) throw new Error(`The upload found ${ingested.toIssue} rows to issue, not ${size}`);
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "READY" } });
    const inserted = performance.now();
    const rssStart = rssMb(pid);
    let rssPeak = rssStart;
    const progressTimes: number[] = [];
    const statusTimes: number[] = [];
    await startCampaign({ db, campaignId: campaign.id, staffId: staff.id });
    let lastPrint = 0;
    for (;;) {
      rssPeak = Math.max(rssPeak, rssMb(pid));
      const t0 = performance.now();
      const progress = await getCampaignProgress({ db, campaignId: campaign.id });
      progressTimes.push(performance.now() - t0);
      const t1 = performance.now();
      await fetch(`${emulator.url}/api/memberships/status?user=${encodeURIComponent(chosen[0]!.email)}&merchant=14`, {
        headers: { Authorization: `Token ${token}` },
      }).then((res) => res.text());
      statusTimes.push(performance.now() - t1);
      if (progress.status === "COMPLETED") break;
      if (worker.child.exitCode !== null) throw new Error(`The worker exited:\n${worker.output()}`);
      if (performance.now() - lastPrint > 5000) {
        lastPrint = performance.now();
        console.log(
          `  ${progress.counts.ISSUED.toLocaleString("en-US")} issued, ${progress.issuedPerSecond} rows/s, ` +
            `RSS ${rssMb(pid).toFixed(0)} MB, ETA ${progress.etaSeconds ?? "?"} s`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const done = performance.now();
    const byRow = fixtures.vouchersByRow(emulatorDb, campaign.id);
    const issuedRows = await db.campaignRow.count({ where: { campaignId: campaign.id, state: "ISSUED" } });
    const exactlyOnce =
      byRow.size === size && issuedRows === size && [...byRow.values()].every((ids) => ids.length === 1);
    const run: RunFigures = {
      rows: size,
      insertSeconds: (inserted - started) / 1000,
      issueSeconds: (done - inserted) / 1000,
      totalSeconds: (done - started) / 1000,
      rowsPerSecond: size / ((done - inserted) / 1000),
      rssStartMb: rssStart,
      rssPeakMb: rssPeak,
      rssEndMb: rssMb(pid),
      progressP50Ms: percentile(progressTimes, 0.5),
      progressP99Ms: percentile(progressTimes, 0.99),
      statusP50Ms: percentile(statusTimes, 0.5),
      statusP99Ms: percentile(statusTimes, 0.99),
      exactlyOnce,
    };
    figures.push(run);
    console.log(
      `  done: ${Math.round(run.rowsPerSecond).toLocaleString("en-US")} rows/s, ${run.totalSeconds.toFixed(1)} s in all ` +
        `(uploaded in ${run.insertSeconds.toFixed(1)} s), worker RSS ${run.rssStartMb.toFixed(0)} → peak ` +
        `${run.rssPeakMb.toFixed(0)} MB, exactly one voucher per row: ${exactlyOnce ? "yes" : "NO"}`,
    );
  }

  const report = formatReport(raw, figures);
  console.log(`\n${report}`);
  const resultsDir = path.join(root, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `campaigns-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ startLoad, concurrency, raw, figures }, null, 2));
  console.log(`Figures saved to ${path.relative(root, file)}`);
  await db.$disconnect();
  if (figures.some((run) => !run.exactlyOnce)) process.exitCode = 1;
}

function formatReport(raw: LoadResult, figures: RunFigures[]) {
  const cpus = os.cpus();
  const lines = [
    `- Machine: ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, Node ${process.version}; load average ${startLoad.toFixed(2)} before the run`,
    `- Raw vouchers/issue at concurrency ${concurrency}: ${Math.round(raw.requestsPerSecond).toLocaleString("en-US")} req/s (p50 ${raw.p50Ms.toFixed(1)} ms, p99 ${raw.p99Ms.toFixed(1)} ms)`,
    `- Worker: one process, concurrency ${concurrency}, no rate limit; upload = ingestCampaignFile on a generated CSV (half emails, half card numbers)`,
    "",
    "| Rows | rows/s | % of raw | upload s | issuing s | total s | worker RSS start / peak / end MB | progress read p50 / p99 ms | member status p50 / p99 ms | exactly once |",
    "| ---: | -----: | -------: | -------: | --------: | ------: | -------------------------------: | -------------------------: | -------------------------: | ------------ |",
    ...figures.map(
      (run) =>
        `| ${run.rows.toLocaleString("en-US")} | ${Math.round(run.rowsPerSecond).toLocaleString("en-US")} | ${Math.round((100 * run.rowsPerSecond) / raw.requestsPerSecond)} % | ${run.insertSeconds.toFixed(1)} | ${run.issueSeconds.toFixed(1)} | ${run.totalSeconds.toFixed(1)} | ${run.rssStartMb.toFixed(0)} / ${run.rssPeakMb.toFixed(0)} / ${run.rssEndMb.toFixed(0)} | ${run.progressP50Ms.toFixed(1)} / ${run.progressP99Ms.toFixed(1)} | ${run.statusP50Ms.toFixed(1)} / ${run.statusP99Ms.toFixed(1)} | ${run.exactlyOnce ? "yes" : "**no**"} |`,
    ),
    "",
    "Targets: ≥ 50 % of raw at the same concurrency; 100,000 rows end to end < 180 s; worker RSS < 300 MB.",
  ];
  return lines.join("\n");
}

/** A CSV file (member id column, CRLF) as a stream of 64 KiB chunks, never whole in memory. */
function csvFile(identifiers: string[]): ReadableStream<Uint8Array> {
  let index = 0;
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      if (index >= identifiers.length) return controller.close();
      let chunk = index === 0 ? "member id\r\n" : "";
      while (index < identifiers.length && chunk.length < 65_536) chunk += `${identifiers[index++]}\r\n`;
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function percentile(values: number[], share: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  stopEmulator?.();
  rmSync(tmp, { recursive: true, force: true });
}
