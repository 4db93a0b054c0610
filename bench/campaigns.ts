// Campaign benchmark, end to end as staff use it: a production web server (`next start` of a build), a campaign
// worker process and the emulator (100,000 bulk members), each a process of its own. For each campaign size it
// signs in over HTTP as a MARKETING staff member (Auth.js credentials), streams a generated CSV through the real
// upload route (POST /api/campaigns/<id>/upload), starts the campaign and waits until it is done, while it samples
// the RSS of the worker and of the web server and asks for a member page (the page and the tRPC call it makes) every
// 250 ms. The emulator's raw vouchers/issue throughput at the same concurrency is measured first. Afterwards the
// emulator's vouchers are counted: exactly one per row.
//   node --conditions=react-server --import tsx bench/campaigns.ts [--concurrency 8] [--rows 10000,100000]
//        [--members 100000] [--max-old-space 192] [--max-issue-seconds 0] [--build] [--worker-cpu-prof DIR]
// --max-issue-seconds N cancels a campaign still issuing after N s and reports the rows issued by then (for a
// machine too busy to issue 100,000 rows in reasonable time): rows/s, memory and latency are measured all the same.
// --worker-cpu-prof DIR runs the worker under `node --cpu-prof` and writes its profile there when it stops.
// While a campaign issues, the CPU time of each process (worker, emulator, web server, this benchmark) is read
// from /proc, to show which one the 2 cores go to.
// Needs a production build (.next): it runs `next build` itself when there is none, or with --build.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runLoad, type LoadResult } from "./load";

const root = path.resolve(import.meta.dirname, "..");
const RUN_LIMIT_MS = 60 * 60_000;
const { values: args } = parseArgs({
  options: {
    concurrency: { type: "string", default: "8" },
    rows: { type: "string", default: "10000,100000" },
    members: { type: "string", default: "100000" },
    "max-old-space": { type: "string", default: "192" },
    "max-issue-seconds": { type: "string", default: "0" },
    build: { type: "boolean", default: false },
    "worker-cpu-prof": { type: "string", default: "" },
  },
});
const concurrency = Number(args.concurrency);
const sizes = args.rows.split(",").map(Number);
const memberCount = Number(args.members);
const maxOldSpace = Number(args["max-old-space"]);
/** Stop issuing a campaign after this long (cancel it) and report what was done: 0 waits for the end. */
const maxIssueSeconds = Number(args["max-issue-seconds"]);
if (
  !(concurrency > 0) ||
  sizes.some((size) => !(size > 0)) ||
  !(memberCount >= Math.max(...sizes)) ||
  !(maxOldSpace >= 0)
) {
  console.error(
    "--concurrency must be positive, --rows a comma-separated list of sizes, --members at least the largest size, " +
      "--max-old-space a size in MB (0: Node's default)",
  );
  process.exit(2);
}

// The back office's own modules read their configuration when imported: set it first. The emulator and the web
// server get ports of their own, and this run's allow-list names exactly that emulator (the product default stays).
const { testEnv } = await import("../scripts/test/test-env.mjs");
const { freePort, startEmulatorProcess } = await import("../scripts/test/emulator-process");
const token = randomBytes(20).toString("hex");
const emulatorPort = await freePort();
const appPort = await freePort();
const tmp = mkdtempSync(path.join(os.tmpdir(), "stamps-campaign-bench-"));
const emulatorDb = path.join(tmp, "emulator.db");
const backOfficeDb = path.join(tmp, "backoffice.db");
Object.assign(process.env, testEnv, {
  EMULATOR_DEMO_TOKEN: token,
  STAMPS_TIMEOUT_MS: "10000",
  STAMPS_API_ALLOWED_BASE_URLS: `https://stamps.co.id,http://localhost:${emulatorPort}`,
  DATABASE_URL: `file:${backOfficeDb}`,
});
const fixtures = await import("../scripts/test/campaign-fixtures");
const { createStaff } = await import("../testing/factories/staff");
const { getCampaignProgress } = await import("../server/services/campaigns/campaign-progress");
const { cancelCampaign, startCampaign } = await import("../server/services/campaigns/lifecycle");

const appUrl = `http://localhost:${appPort}`;
const children = new Set<ChildProcess>();
let stopEmulator: (() => void) | undefined;
const startLoad = os.loadavg();

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

type Latency = { p50Ms: number; p99Ms: number; maxMs: number; count: number; over1s: number };

type RunFigures = {
  rows: number;
  /** Rows issued when the figures were taken (less than `rows` when the run was cut short). */
  issued: number;
  cutShort: boolean;
  uploadSeconds: number;
  uploadRowsPerSecond: number;
  issueSeconds: number;
  issueRowsPerSecond: number;
  totalSeconds: number;
  workerRssStartMb: number;
  workerRssPeakMb: number;
  workerRssEndMb: number;
  /** From the worker's own memory log (process.memoryUsage), sampled every second. */
  workerHeapUsedStartMb: number | null;
  workerHeapUsedPeakMb: number | null;
  webRssStartMb: number;
  webRssPeakMb: number;
  memberPage: Latency;
  memberCall: Latency;
  loadDuring: number;
  exactlyOnce: boolean;
  /** CPU seconds each process used while the campaign issued (user + system, children included). */
  cpuSeconds: { worker: number; emulator: number; web: number; bench: number };
};

/** The worker's memory log lines (campaigns.worker_memory): heapUsed samples of the campaign under way. */
let heapSamples: number[] = [];
let partialLine = "";

try {
  await main();
} finally {
  cleanUp();
  clearTimeout(hardStop);
}

async function main() {
  console.log(`Load average before starting: ${startLoad.map((load) => load.toFixed(2)).join(" ")}`);
  if (startLoad[0]! > 1) console.log("Note: other work on this machine skews the figures.");
  ensureBuild();

  console.log(`Seeding ${memberCount.toLocaleString("en-US")} bulk members into ${emulatorDb}`);
  const { templateId, members } = fixtures.seedCampaignEmulatorDb({ databaseFile: emulatorDb, members: memberCount });
  const emulator = await startEmulatorProcess({
    databaseFile: emulatorDb,
    port: emulatorPort,
    env: { EMULATOR_DEMO_TOKEN: token },
  });
  stopEmulator = emulator.stop;

  const db = fixtures.createBackOfficeDb(backOfficeDb);
  // No rate limit worth the name: the benchmark measures the engine, not the throttle.
  const merchant = await fixtures.createCampaignMerchant(db, {
    apiBaseUrl: emulator.url,
    token,
    concurrency,
    ratePerSecond: 1_000_000,
  });
  const staff = await createStaff(db, "MARKETING", [merchant.id], { password: true });

  // Raw: the same request the engine sends (a new member each time), closed loop, same concurrency, before the
  // back office runs anything.
  const startDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  let next = 0;
  console.log(`\nRaw vouchers/issue at concurrency ${concurrency} (10 s after 2 s warm-up)`);
  let rawCpuStart = { emulator: 0, bench: 0 };
  const benchCpu = () => (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
  const rawLoad: LoadResult = await runLoad({
    onMeasureStart: () => (rawCpuStart = { emulator: treeCpuSeconds(emulator.pid), bench: benchCpu() }),
    target: { host: "localhost", port: emulatorPort, headers: { Authorization: `Token ${token}` } },
    concurrency,
    warmupMs: 2000,
    durationMs: 10_000,
    next: () => ({
      method: "POST",
      path: "/api/vouchers/issue",
      body: JSON.stringify({
        user: members[members.length - 1 - (next++ % members.length)]!.email,
        voucher_template: templateId,
        start_date: startDate,
        quantity: 1,
        notes: `raw bench [c999999/r${next}]`,
      }),
    }),
  });
  const raw = {
    ...rawLoad,
    /** CPU seconds of the emulator and of this benchmark (the load generator) during the measured phase. */
    cpuSeconds: {
      emulator: treeCpuSeconds(emulator.pid) - rawCpuStart.emulator,
      bench: benchCpu() - rawCpuStart.bench,
    },
  };
  console.log(
    `  ${Math.round(raw.requestsPerSecond).toLocaleString("en-US")} req/s, p50 ${raw.p50Ms.toFixed(1)} ms, ` +
      `p99 ${raw.p99Ms.toFixed(1)} ms, ${raw.errors} errors; CPU: emulator ` +
      `${Math.round((100 * raw.cpuSeconds.emulator) / raw.seconds)} %, load generator ` +
      `${Math.round((100 * raw.cpuSeconds.bench) / raw.seconds)} % of one core`,
  );

  const web = await startWebServer();
  const worker = await fixtures.startWorkerProcess({
    env: {
      DATABASE_URL: `file:${backOfficeDb}`,
      CAMPAIGN_WORKER_POLL_MS: "200",
      CAMPAIGN_WORKER_MEMORY_LOG_MS: "1000",
    },
    workerId: "bench-worker",
    nodeOptions: [
      ...(maxOldSpace > 0 ? [`--max-old-space-size=${maxOldSpace}`] : []),
      ...(args["worker-cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args["worker-cpu-prof"])}`] : []),
    ],
    onOutput: readMemoryLog,
  });
  children.add(worker.child);
  const workerPid = worker.child.pid!;

  const session = await signIn(staff.email, staff.password);
  console.log(`Signed in over HTTP as ${staff.email} (MARKETING)`);
  const probeMember = members[0]!;
  const trpcPath = `/api/trpc/members.get?input=${encodeURIComponent(
    JSON.stringify({ json: { merchantId: merchant.id, user: probeMember.email } }),
  )}`;
  // Warm the routes once (the first render of a route compiles nothing in production, but loads its chunks).
  await timedGet(session, `/members/${probeMember.id}`);
  await timedGet(session, trpcPath);

  const figures: RunFigures[] = [];
  let offset = 0;
  for (const size of sizes) {
    console.log(`\nCampaign of ${size.toLocaleString("en-US")} rows`);
    // Members taken in turn, starting again from the first when a campaign needs more than are left (a member may
    // then get a voucher from each campaign, as in real life).
    const chosen = Array.from({ length: size }, (_, index) => members[(offset + index) % members.length]!);
    offset = (offset + size) % members.length;
    const campaign = await db.campaign.create({
      data: {
        merchantId: merchant.id,
        name: `Bench ${size}`,
        stampsTemplateId: templateId,
        templateName: "Campaign test voucher",
        startDate,
        defaultNotes: "Bench",
        createdById: staff.id,
      },
    });
    const webRssStart = treeRssMb(web.pid!);
    let webRssPeak = webRssStart;
    const sampler = setInterval(() => (webRssPeak = Math.max(webRssPeak, treeRssMb(web.pid!))), 100);

    // Upload + validation: the CSV streamed over HTTP through the upload route, answered once every row is
    // parsed, validated and written.
    const started = performance.now();
    const upload = await fetch(`${appUrl}/api/campaigns/${campaign.id}/upload`, {
      method: "POST",
      headers: { Cookie: session, "Content-Type": "text/csv", "X-File-Name": `bench-${size}.csv` },
      body: csvFile(chosen.map((member, index) => (index % 2 === 0 ? member.email : member.card))),
      duplex: "half",
    } as RequestInit);
    const uploadBody = (await upload.json()) as { toIssue?: number; message?: string };
    const uploaded = performance.now();
    if (!upload.ok || uploadBody.toIssue !== size) {
      throw new Error(`The upload answered ${upload.status}: ${JSON.stringify(uploadBody).slice(0, 500)}`);
    }
    console.log(`  uploaded and validated in ${((uploaded - started) / 1000).toFixed(1)} s`);

    await db.campaign.update({ where: { id: campaign.id }, data: { status: "READY" } });
    const workerRssStart = rssMb(workerPid);
    let workerRssPeak = workerRssStart;
    heapSamples = [];
    const pageTimes: number[] = [];
    const callTimes: number[] = [];
    const loads: number[] = [];
    let cutShort = false;
    const cpuAt = () => ({
      worker: treeCpuSeconds(workerPid),
      emulator: treeCpuSeconds(emulator.pid),
      web: treeCpuSeconds(web.pid!),
      bench: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    });
    const cpuStart = cpuAt();
    await startCampaign({ db, campaignId: campaign.id, staffId: staff.id });

    // The member page while the campaign runs: its HTML, then the tRPC call it makes, every 250 ms.
    let running = true;
    const prober = (async () => {
      while (running) {
        pageTimes.push(await timedGet(session, `/members/${probeMember.id}`));
        callTimes.push(await timedGet(session, trpcPath));
        await sleep(250);
      }
    })();
    let lastPrint = 0;
    try {
      for (;;) {
        workerRssPeak = Math.max(workerRssPeak, rssMb(workerPid));
        const progress = await getCampaignProgress({ db, campaignId: campaign.id });
        if (progress.status === "COMPLETED" || progress.status === "CANCELLED") break;
        if (maxIssueSeconds > 0 && performance.now() - uploaded > maxIssueSeconds * 1000) {
          console.log(`  cut short after ${maxIssueSeconds} s of issuing: cancelling`);
          cutShort = true;
          await cancelCampaign({ db, campaignId: campaign.id, staffId: staff.id });
          await waitForSettled(db, campaign.id);
          break;
        }
        if (worker.child.exitCode !== null) throw new Error(`The worker exited:\n${worker.output()}`);
        if (web.exitCode !== null) throw new Error("The web server exited");
        if (performance.now() - lastPrint > 10_000) {
          lastPrint = performance.now();
          loads.push(os.loadavg()[0]!);
          console.log(
            `  ${progress.counts.ISSUED.toLocaleString("en-US")} issued, ${progress.issuedPerSecond} rows/s, ` +
              `worker RSS ${rssMb(workerPid).toFixed(0)} MB (heap ${heapSamples.at(-1)?.toFixed(0) ?? "?"} MB), ` +
              `web RSS ${treeRssMb(web.pid!).toFixed(0)} MB, ETA ${progress.etaSeconds ?? "?"} s`,
          );
        }
        await sleep(200);
      }
    } finally {
      running = false;
      await prober;
      clearInterval(sampler);
    }
    const done = performance.now();
    const cpuEnd = cpuAt();
    const cpuSeconds = {
      worker: cpuEnd.worker - cpuStart.worker,
      emulator: cpuEnd.emulator - cpuStart.emulator,
      web: cpuEnd.web - cpuStart.web,
      bench: cpuEnd.bench - cpuStart.bench,
    };
    const byRow = fixtures.vouchersByRow(emulatorDb, campaign.id);
    const issuedRows = await db.campaignRow.findMany({
      where: { campaignId: campaign.id, state: "ISSUED" },
      select: { rowNumber: true, voucherId: true },
    });
    // Every issued row has exactly its one voucher at the emulator, and no other row has any.
    const exactlyOnce =
      (cutShort || issuedRows.length === size) &&
      byRow.size === issuedRows.length &&
      issuedRows.every((row) => {
        const ids = byRow.get(row.rowNumber);
        return ids?.length === 1 && ids[0] === row.voucherId;
      });
    const issued = issuedRows.length;
    const run: RunFigures = {
      rows: size,
      issued,
      cutShort,
      uploadSeconds: (uploaded - started) / 1000,
      uploadRowsPerSecond: size / ((uploaded - started) / 1000),
      issueSeconds: (done - uploaded) / 1000,
      issueRowsPerSecond: issued / ((done - uploaded) / 1000),
      totalSeconds: (done - started) / 1000,
      workerRssStartMb: workerRssStart,
      workerRssPeakMb: workerRssPeak,
      workerRssEndMb: rssMb(workerPid),
      workerHeapUsedStartMb: heapSamples[0] ?? null,
      workerHeapUsedPeakMb: heapSamples.length ? Math.max(...heapSamples) : null,
      webRssStartMb: webRssStart,
      webRssPeakMb: webRssPeak,
      memberPage: latency(pageTimes),
      memberCall: latency(callTimes),
      loadDuring: loads.length ? loads.reduce((a, b) => a + b, 0) / loads.length : os.loadavg()[0]!,
      exactlyOnce,
      cpuSeconds,
    };
    figures.push(run);
    console.log(
      `  done: ${Math.round(run.issueRowsPerSecond).toLocaleString("en-US")} rows/s issuing, ` +
        `${run.totalSeconds.toFixed(1)} s upload to done, worker RSS ${run.workerRssStartMb.toFixed(0)} → peak ` +
        `${run.workerRssPeakMb.toFixed(0)} MB, web RSS peak ${run.webRssPeakMb.toFixed(0)} MB, member page p99 ` +
        `${run.memberPage.p99Ms.toFixed(0)} ms, exactly one voucher per row: ${exactlyOnce ? "yes" : "NO"}`,
    );
    console.log(`  CPU while issuing: ${cpuShares(run)}`);
  }

  const report = formatReport(raw, figures);
  console.log(`\n${report}`);
  const resultsDir = path.join(root, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `campaigns-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: machine(),
        loadBefore: startLoad,
        concurrency,
        workerMaxOldSpaceMb: maxOldSpace || null,
        raw,
        figures,
        report,
      },
      null,
      2,
    ),
  );
  console.log(`Figures saved to ${path.relative(root, file)}`);
  await db.$disconnect();
  if (figures.some((run) => !run.exactlyOnce)) process.exitCode = 1;
}

function readMemoryLog(chunk: string) {
  const lines = (partialLine + chunk).split("\n");
  partialLine = lines.pop() ?? "";
  for (const line of lines) {
    // The worker's warnings and errors are worth seeing as they happen.
    if (line.startsWith('{"level":"error"') || (line.startsWith('{"level":"warn"') && !line.includes("stamps."))) {
      console.log(`  worker: ${line.slice(0, 400)}`);
    }
    if (!line.includes('"campaigns.worker_memory"')) continue;
    try {
      heapSamples.push((JSON.parse(line) as { heapUsedMb: number }).heapUsedMb);
    } catch {
      // not a whole JSON line: skip it
    }
  }
}

/** After a cancel: wait until no row is in flight or unknown (the calls under way have finished). */
async function waitForSettled(db: ReturnType<typeof fixtures.createBackOfficeDb>, campaignId: number) {
  for (;;) {
    const open = await db.campaignRow.count({ where: { campaignId, state: { in: ["IN_FLIGHT", "UNKNOWN"] } } });
    if (open === 0) return;
    await sleep(250);
  }
}

function ensureBuild() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && !args.build) {
    console.log(
      `Using the production build in .next (built ${statSync(buildId).mtime.toISOString()}; --build rebuilds)`,
    );
    return;
  }
  console.log("Building the back office (next build; a few minutes on 2 cores)…");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error("next build failed; run `npm run build` and look at its errors");
}

/** `next start` on this run's database and emulator; resolves once /login answers. */
async function startWebServer() {
  const child = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(appPort)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(child);
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${appUrl}/login`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("next start did not answer within 90 s");
    await sleep(250);
  }
  console.log(`Web server (next start) on ${appUrl}, pid ${child.pid}`);
  return child;
}

/** Auth.js credentials sign-in over HTTP; the session cookie as a Cookie header. */
async function signIn(email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/members" }),
  });
  keep(res);
  const location = res.headers.get("location") ?? "";
  if (res.status !== 302 || location.includes("error") || ![...jar.keys()].some((name) => name.includes("session"))) {
    throw new Error(`Signing in as ${email} failed: ${res.status} → ${location}`);
  }
  return header();
}

async function timedGet(cookie: string, pathAndQuery: string) {
  const t0 = performance.now();
  const res = await fetch(`${appUrl}${pathAndQuery}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`GET ${pathAndQuery} answered ${res.status}: ${body.slice(0, 300)}`);
  return ms;
}

function formatReport(raw: LoadResult & { cpuSeconds: { emulator: number; bench: number } }, figures: RunFigures[]) {
  const mark = (ok: boolean) => (ok ? "✓" : "✗ **missed**");
  const n = (value: number, digits = 0) =>
    value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const lines = [
    `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC · ${machine()} · load average ` +
      `${startLoad[0]!.toFixed(2)} before the run (${figures.map((run) => `${run.loadDuring.toFixed(1)} during ${n(run.rows)}`).join(", ")}) · concurrency ${concurrency}, no rate limit · ` +
      `worker --max-old-space-size=${maxOldSpace || "default"}`,
    "",
    `Raw emulator vouchers/issue at concurrency ${concurrency}: **${n(raw.requestsPerSecond)} req/s** ` +
      `(p50 ${raw.p50Ms.toFixed(1)} ms, p99 ${raw.p99Ms.toFixed(1)} ms; CPU: emulator ` +
      `${Math.round((100 * raw.cpuSeconds.emulator) / raw.seconds)} %, load generator ` +
      `${Math.round((100 * raw.cpuSeconds.bench) / raw.seconds)} % of one core).`,
    "",
    `| Figure | ${figures.map((run) => `${n(run.rows)} rows`).join(" | ")} | Target |`,
    `| :-- | ${figures.map(() => "--:").join(" | ")} | :-- |`,
    row(
      "Upload + validation over HTTP (s)",
      (run) => `${n(run.uploadSeconds, 1)} (${n(run.uploadRowsPerSecond)} rows/s)`,
      (run) => run.rows < 100_000 || run.uploadSeconds < 20,
      "100k < 20 s",
    ),
    row("Rows issued", (run) =>
      run.cutShort ? `${n(run.issued)} (cut short after ${n(run.issueSeconds)} s)` : n(run.issued),
    ),
    row(
      "Issuing (rows/s)",
      (run) => n(run.issueRowsPerSecond),
      (run) => run.issueRowsPerSecond >= raw.requestsPerSecond / 2,
      "≥ 50 % of raw",
    ),
    row("Share of raw", (run) => `${n((100 * run.issueRowsPerSecond) / raw.requestsPerSecond)} %`),
    row(
      "Upload to done (s)",
      (run) =>
        run.cutShort
          ? `projected ${n(projectedSeconds(run))} (${n(run.totalSeconds, 1)} cut short)`
          : n(run.totalSeconds, 1),
      (run) => (run.cutShort ? projectedSeconds(run) : run.totalSeconds) < (run.rows >= 100_000 ? 180 : Infinity),
      "100k < 180 s",
    ),
    row(
      "Worker RSS start / peak / end (MB)",
      (run) => `${n(run.workerRssStartMb)} / ${n(run.workerRssPeakMb)} / ${n(run.workerRssEndMb)}`,
      (run) => run.workerRssPeakMb < 300,
      "< 300 MB",
    ),
    row("Worker V8 heap used start / peak (MB)", (run) =>
      run.workerHeapUsedPeakMb === null
        ? "n/a"
        : `${n(run.workerHeapUsedStartMb ?? 0)} / ${n(run.workerHeapUsedPeakMb)}`,
    ),
    row("Web server RSS start / peak (MB)", (run) => `${n(run.webRssStartMb)} / ${n(run.webRssPeakMb)}`),
    row(
      "Member page GET p50 / p99 (ms)",
      (run) => `${n(run.memberPage.p50Ms)} / ${n(run.memberPage.p99Ms)} (${run.memberPage.count} asks)`,
      (run) => run.memberPage.p99Ms < 1000,
      "< 1 s",
    ),
    row(
      "Member tRPC call p50 / p99 (ms)",
      (run) => `${n(run.memberCall.p50Ms)} / ${n(run.memberCall.p99Ms)}`,
      (run) => run.memberCall.p99Ms < 1000,
      "< 1 s",
    ),
    row("CPU while issuing (share of one core)", cpuShares),
    row(
      "Exactly one voucher per row",
      (run) => (run.exactlyOnce ? "yes" : "**NO**"),
      (run) => run.exactlyOnce,
      "yes",
    ),
  ];
  return lines.join("\n");

  function row(label: string, value: (run: RunFigures) => string, ok?: (run: RunFigures) => boolean, target = "") {
    const cells = figures.map((run) => (ok ? `${value(run)} ${mark(ok(run))}` : value(run)));
    return `| ${label} | ${cells.join(" | ")} | ${target} |`;
  }
}

/** CPU of each process while the campaign issued, as a share of one core over the issuing time. */
function cpuShares(run: RunFigures) {
  const share = (seconds: number) => `${Math.round((100 * seconds) / run.issueSeconds)} %`;
  const { worker, emulator, web, bench } = run.cpuSeconds;
  return `worker ${share(worker)}, emulator ${share(emulator)}, web ${share(web)}, bench ${share(bench)}`;
}

/** A run cut short: its upload time plus every row at the pace it was issuing. */
function projectedSeconds(run: RunFigures) {
  return run.uploadSeconds + run.rows / run.issueRowsPerSecond;
}

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, Node ${process.version}`;
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

/** CPU seconds (user + system) a process and its descendants have used so far. */
function treeCpuSeconds(pid: number): number {
  let total = 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    total += (Number(fields[11]) + Number(fields[12])) / 100;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const kid of kids ? kids.split(/\s+/) : []) total += treeCpuSeconds(Number(kid));
    }
  } catch {
    // gone
  }
  return total;
}

/** RSS of a process and its descendants (`next start` may run its server in a child). */
function treeRssMb(pid: number): number {
  let total = rssMb(pid);
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const kid of kids ? kids.split(/\s+/) : []) total += treeRssMb(Number(kid));
    }
  } catch {
    // gone
  }
  return total;
}

function latency(values: number[]): Latency {
  return {
    p50Ms: percentile(values, 0.5),
    p99Ms: percentile(values, 0.99),
    maxMs: values.length ? Math.max(...values) : NaN,
    count: values.length,
    over1s: values.filter((ms) => ms >= 1000).length,
  };
}

function percentile(values: number[], share: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  stopEmulator?.();
  rmSync(tmp, { recursive: true, force: true });
}
