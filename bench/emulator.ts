// Emulator benchmark: bulk-seeds a temporary database, measures a bare node:http + SQLite server on
// it (the ceiling), then starts the emulator as its own process and measures the hot endpoints
// with bench/load.ts. Everything runs on localhost and ends by itself.
//   npx tsx bench/emulator.ts [--members 100000] [--concurrency 32] [--seconds 5] [--update-readme]
//                             [--only <scenario prefix>,…] [--cpu-prof <dir>] [--compare <checkout>]
// --compare runs the emulator of another checkout (e.g. `git worktree add /tmp/emu-old <commit>`, with
// node_modules and its generated Prisma client) on a copy of the same database, in turns with this
// one and the ceiling, so both are measured in the same conditions: "before → after" in one run.
// --cpu-prof writes a V8 CPU profile of the emulator (node --cpu-prof) into <dir>, for a look at where
// a scenario's time goes: the run prints the functions with the most self time; open the file in
// Chrome DevTools (Performance) for the whole picture.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, Agent } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import {
  type LoadRequest,
  type LoadResult,
  type LoadRun,
  type LoadTarget,
  mergeRuns,
  runLoadRaw,
  send,
  summarize,
} from "./load";

const root = path.resolve(import.meta.dirname, "..");
const readmePath = path.join(root, "server", "emulator", "README.md");
const MERCHANT = 14;
const STORE = 32;
const RUN_LIMIT_MS = 10 * 60_000;
const README_START = "<!-- bench:emulator:start -->";
const README_END = "<!-- bench:emulator:end -->";

const { values: args } = parseArgs({
  options: {
    members: { type: "string", default: "100000" },
    concurrency: { type: "string", default: "32" },
    seconds: { type: "string", default: "5" },
    "update-readme": { type: "boolean", default: false },
    only: { type: "string" },
    "cpu-prof": { type: "string" },
    compare: { type: "string" },
  },
});
const members = positiveInt(args.members, "--members");
const concurrency = positiveInt(args.concurrency, "--concurrency");
const durationMs = positiveInt(args.seconds, "--seconds") * 1000;
const warmupMs = 1000;
const only = args.only?.split(",").map((name) => name.trim().toLowerCase());
const profileDir = args["cpu-prof"] ? path.resolve(args["cpu-prof"]) : undefined;
if ((only || profileDir) && args["update-readme"])
  throw new Error("--update-readme takes a full run, without --only or --cpu-prof.");
const compareRoot = args.compare ? path.resolve(args.compare) : undefined;
if (compareRoot && !existsSync(path.join(compareRoot, "server", "emulator", "main.ts")))
  throw new Error(`--compare ${compareRoot}: no server/emulator/main.ts there.`);
/** How the two emulators are named in the figures: their commits (this one marked if it has changes). */
const currentLabel = checkoutLabel(root);
const compareLabel = compareRoot ? checkoutLabel(compareRoot) : undefined;

type Target = { rps: number } | { p99Ms: number };
type Scenario = {
  name: string;
  /** which ceiling it is measured against: one SELECT for reads, one INSERT for writes */
  kind: "read" | "write";
  /** the API endpoint: a 404 to OPTIONS means it is not implemented yet */
  endpoint?: string;
  target?: Target;
  next: () => LoadRequest;
};
type Row = {
  name: string;
  /** which emulator (with --compare): its checkout's label, and the scenario's own name */
  emulator?: string;
  scenario?: string;
  target?: Target;
  result?: LoadResult;
  /** the server process's CPU time (user + system) per answered request, in µs */
  cpuUsPerRequest?: number;
  /** the ceiling measured in turns with this scenario: req/s and CPU µs per request */
  ceiling?: { requestsPerSecond: number; cpuUsPerRequest?: number };
  skipped?: string;
};

/** A server under test: where to send requests, and its process (for its CPU time). */
type Server = { target: LoadTarget; process: ChildProcess };

/** runLoadRaw options of a warm-up: `warmupMs` of load, nothing kept. */
const warmUp = { concurrency, warmupMs: 0, durationMs: warmupMs };

/** Each scenario and its ceiling take turns this many times, so load that comes and goes hits both alike. */
const TURNS = 5;

const children = new Set<ChildProcess>();
const tmp = mkdtempSync(path.join(os.tmpdir(), "stamps-emulator-bench-"));
const dbFile = path.join(tmp, "bench.db");
const compareDbFile = path.join(tmp, "bench-compare.db");
const token = randomBytes(20).toString("hex");
const runId = Date.now().toString(36).toUpperCase();
const startLoad = os.loadavg()[0] ?? 0;

const hardStop = setTimeout(() => {
  console.error(`The benchmark ran longer than ${RUN_LIMIT_MS / 60_000} minutes; stopping.`);
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

try {
  await main();
} finally {
  cleanUp();
  clearTimeout(hardStop);
}

async function main() {
  if (startLoad > 0.5) {
    console.log(`Note: load average ${startLoad.toFixed(2)} before starting; other work here skews the figures.`);
  }
  console.log(`Seeding ${members.toLocaleString("en-US")} members into ${dbFile}`);
  const seed = spawnSync(
    process.execPath,
    ["--import", "tsx", "server/emulator/seed-bulk.ts", "--members", String(members), "--database", `file:${dbFile}`],
    { cwd: root, encoding: "utf8", env: { ...process.env, EMULATOR_DEMO_TOKEN: token } },
  );
  if (seed.status !== 0) throw new Error(`seed-bulk.ts failed:\n${seed.stdout}${seed.stderr}`);
  console.log(`  ${seed.stdout.trim()}`);

  const fixtures = prepareFixtures();
  // The same data for the other emulator (the file is closed, so it holds everything: no -wal left).
  if (compareRoot) copyFileSync(dbFile, compareDbFile);
  const rows = await measureAll(fixtures);

  const report = formatReport(rows);
  console.log(`\n${report}`);
  const resultsDir = path.join(root, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = path.join(resultsDir, `emulator-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const emulators = compareLabel ? { current: currentLabel, compare: compareLabel } : { current: currentLabel };
  writeFileSync(
    resultsFile,
    JSON.stringify({ machine: machine(), startLoad, emulators, concurrency, durationMs, members, rows }, null, 2),
  );
  console.log(`Figures saved to ${path.relative(root, resultsFile)}`);
  if (args["update-readme"]) {
    updateReadme(report);
    console.log(`Performance section of ${path.relative(root, readmePath)} updated.`);
  }
}

type Fixtures = {
  userIds: number[];
  statusIdentifiers: string[];
  emails: string[];
  redeemEmails: string[];
  voucherTemplateId: number;
  rewardId: number;
};

/**
 * Picks members to act for and adds what the write scenarios need, straight into the bench's own
 * database before the emulator starts: a voucher template without issuance limit, a 1-stamp
 * reward and members with stamps to spend. The requests themselves are the documented ones.
 */
function prepareFixtures(): Fixtures {
  const db = new Database(dbFile);
  try {
    // About a thousand members spread over the bulk ids, to act for.
    const stride = Math.max(1, Math.floor(members / 1000));
    const sample = db
      .prepare<[number, number], { id: number; email: string; phone: string; card: string }>(
        `SELECT u.id, u.email, u.phone, c.number AS card
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.merchant_id = ?
         JOIN member_cards c ON c.membership_id = m.id
         WHERE u.email LIKE '%@bulk.example.com' AND u.id % ? = 0`,
      )
      .all(MERCHANT, stride);
    if (sample.length === 0) throw new Error(`No bulk members in ${dbFile}.`);

    const now = new Date().toISOString().replace("Z", "+00:00");
    const template = db
      .prepare(
        `INSERT INTO voucher_templates (merchant_id, name, type, value_type, value, validity_type, validity_days,
                                        short_description, created_at)
         VALUES (?, 'Bench voucher', 2, 'fixed', 25000, 'dynamic', 30, 'Rp 25,000 off', ?)`,
      )
      .run(MERCHANT, now);
    const reward = db
      .prepare(
        `INSERT INTO rewards (merchant_id, code, name, type, stamps_mode, stamps_to_redeem, created_at)
         VALUES (?, ?, 'Bench reward', 'reward', 'fixed', 1, ?)`,
      )
      .run(MERCHANT, `BENCH-${runId}`, now);
    const redeemers = sample.slice(0, 200);
    const addStamps = db.prepare(
      "UPDATE memberships SET stamps = stamps + 1000000 WHERE merchant_id = ? AND user_id = ?",
    );
    for (const member of redeemers) addStamps.run(MERCHANT, member.id);

    return {
      userIds: sample.map((member) => member.id),
      // The forms a POS sends: email, card, local and international phone.
      statusIdentifiers: sample.flatMap((member, index) => {
        const forms = [member.email, member.card, `0${member.phone.slice(3)}`, member.phone];
        return [forms[index % forms.length] ?? member.email];
      }),
      emails: sample.map((member) => member.email),
      redeemEmails: redeemers.map((member) => member.email),
      voucherTemplateId: Number(template.lastInsertRowid),
      rewardId: Number(reward.lastInsertRowid),
    };
  } finally {
    db.close();
  }
}

/**
 * Starts the ceiling (a bare node:http + better-sqlite3 server, one statement per request) and the
 * emulator on the same database, then measures each emulator scenario in turns with its ceiling:
 * other work on the machine then weighs on both alike, and "of ceiling" compares across runs.
 */
async function measureAll(fixtures: Fixtures): Promise<Row[]> {
  const barePort = await freePort();
  const bare = await startProcess("bare SQLite server", ["bench/bare-sqlite-server.ts"], {
    BENCH_DB: dbFile,
    BENCH_PORT: String(barePort),
  });
  const flags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const started: ChildProcess[] = [];
  try {
    const startEmulator = async (checkout: string, label: string, file: string): Promise<Contender> => {
      const port = await freePort();
      const child = await startProcess(
        `emulator ${label}`,
        [...flags, "server/emulator/main.ts"],
        {
          EMULATOR_DATABASE_URL: `file:${file}`,
          EMULATOR_PORT: String(port),
          EMULATOR_HOST: "127.0.0.1",
          EMULATOR_DEMO_TOKEN: token,
          EMULATOR_CONTROL_SECRET: "",
        },
        checkout,
      );
      started.push(child);
      const target = { host: "127.0.0.1", port, headers: { Authorization: `Token ${token}` } };
      return { label, server: { target, process: child } };
    };
    // The other checkout's emulator first in the list: rows read "before, after".
    const contenders: Contender[] = [];
    if (compareRoot && compareLabel) contenders.push(await startEmulator(compareRoot, compareLabel, compareDbFile));
    contenders.push(await startEmulator(root, currentLabel, dbFile));

    const ceilingServer: Server = { target: { host: "127.0.0.1", port: barePort, headers: {} }, process: bare };
    const ids = cycle(fixtures.userIds);
    let value = 0;
    const ceilings: Record<Scenario["kind"], Scenario> = {
      read: { name: "bare read (1 SELECT)", kind: "read", next: () => ({ method: "GET", path: `/read?id=${ids()}` }) },
      write: {
        name: "bare insert (1 INSERT)",
        kind: "write",
        next: () => ({ method: "POST", path: "/insert", body: JSON.stringify({ member: ids(), value: ++value }) }),
      },
    };
    const ceilingRuns: Record<Scenario["kind"], Measured[]> = { read: [], write: [] };

    console.log(
      `\nEmulator${compareLabel ? `s ${compareLabel} and ${currentLabel}` : ""} (node --import tsx ` +
        `server/emulator/main.ts), in ${TURNS} turns with the ceiling ` +
        "(bare node:http + better-sqlite3, one statement per request)",
    );
    const scenarios = emulatorScenarios(fixtures).filter(
      (scenario) => !only || only.some((prefix) => scenario.name.toLowerCase().startsWith(prefix)),
    );
    // One warm-up pass over every scenario first (JIT, caches), so the first one measured is not
    // charged with warming up the code paths all of them share.
    for (const scenario of scenarios) {
      for (const { server } of contenders) {
        if (await probe(scenario, server.target)) continue;
        await runLoadRaw({ ...warmUp, target: server.target, next: scenario.next });
      }
      await runLoadRaw({ ...warmUp, target: ceilingServer.target, next: ceilings[scenario.kind].next });
    }
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      const measured = await measureInTurns(scenario, contenders, ceilings[scenario.kind], ceilingServer);
      if (measured.ceiling) ceilingRuns[scenario.kind].push(measured.ceiling);
      rows.push(...measured.rows);
    }
    const ceilingRows = (["read", "write"] as const)
      .filter((kind) => ceilingRuns[kind].length > 0)
      .map((kind) => toRow(ceilings[kind], ceilingRuns[kind]));
    return [...ceilingRows, ...rows];
  } finally {
    for (const child of started) await stopProcess(child);
    await stopProcess(bare);
    if (profileDir) printProfileSummary(profileDir);
  }
}

/** An emulator under test and the name its figures go by (with --compare). */
type Contender = { label: string; server: Server };

/** A run and the server CPU time it took. */
type Measured = { run: LoadRun; cpuMicros?: number };

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};

/** The 30 functions with the most self time in the newest profile of `dir`, as shares of the busy (not idle) samples. */
function printProfileSummary(dir: string) {
  // The newest main-thread profile (CPU.<date>.<time>.<pid>.0.<n>.cpuprofile); thread 1 is tsx's loader.
  const file = readdirSync(dir)
    .filter((name) => /\.0\.\d+\.cpuprofile$/.test(name))
    .map((name) => path.join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!file) {
    console.log(`No main-thread .cpuprofile in ${dir}.`);
    return;
  }
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfSamples = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const where = frame.url ? `${frame.url.replace(`file://${root}/`, "")}:${frame.lineNumber + 1}` : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    selfSamples.set(key, (selfSamples.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length - (selfSamples.get("(idle)") ?? 0);
  selfSamples.delete("(idle)");
  console.log(`\nCPU profile ${path.relative(root, file)}: ${total} busy samples; most self time:`);
  for (const [key, count] of [...selfSamples].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`  ${((100 * count) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
}

function emulatorScenarios(fixtures: Fixtures): Scenario[] {
  const statusUser = cycle(fixtures.statusIdentifiers);
  const query = cycle(suggestionQueries(fixtures.emails));
  const email = cycle(fixtures.emails);
  const redeemer = cycle(fixtures.redeemEmails);
  let invoice = 0;
  const q = encodeURIComponent;

  return [
    {
      name: "member status",
      kind: "read",
      endpoint: "/api/memberships/status",
      target: { rps: 3000 },
      next: () => ({ method: "GET", path: `/api/memberships/status?user=${q(statusUser())}&merchant=${MERCHANT}` }),
    },
    {
      name: `suggestions (${members.toLocaleString("en-US")} extra members)`,
      kind: "read",
      endpoint: "/api/memberships/suggestions",
      target: { p99Ms: 20 },
      next: () => ({ method: "GET", path: `/api/memberships/suggestions?query=${q(query())}&merchant=${MERCHANT}` }),
    },
    {
      name: "transactions/add",
      kind: "write",
      endpoint: "/api/v2/transactions/add",
      target: { rps: 600 },
      next: () =>
        post("/api/v2/transactions/add", {
          user: email(),
          store: STORE,
          invoice_number: `BENCH-${runId}-${++invoice}`,
          total_value: 50000,
          number_of_people: 2,
          created: jakartaNow(),
          channel: 2,
          items: [
            { product_name: "Cappucino", quantity: 2, subtotal: 30000 },
            { product_name: "Iced Tea", quantity: 1, subtotal: 20000 },
          ],
        }),
    },
    {
      name: "vouchers/issue",
      kind: "write",
      endpoint: "/api/vouchers/issue",
      target: { rps: 1500 },
      next: () =>
        post("/api/vouchers/issue", {
          user: email(),
          voucher_template: fixtures.voucherTemplateId,
          start_date: jakartaNow().slice(0, 10),
          quantity: 1,
          notes: "bench",
        }),
    },
    {
      name: "redeem-reward",
      kind: "write",
      endpoint: "/api/v2/redemptions/redeem-reward",
      target: { rps: 600 },
      next: () =>
        post("/api/v2/redemptions/redeem-reward", { user: redeemer(), store: STORE, reward: fixtures.rewardId }),
    },
  ];
}

/** What people type into a member search: names, name prefixes, phone and card prefixes, emails. */
function suggestionQueries(emails: string[]): string[] {
  const names = emails.slice(0, 40).map((address) => address.split("@")[0]?.split(".") ?? []);
  return [
    ...names.map(([first = "budi"]) => first),
    ...names.map(([first = "budi"]) => first.slice(0, 3)),
    ...names.map(([first = "budi", last = "santoso"]) => `${first} ${last.slice(0, 2)}`),
    ...names.map(([, last = "santoso"]) => last),
    ...emails.slice(0, 20),
    "0838",
    "083800",
    "6283800012",
    "7700000",
    "77000001",
    "steve",
    "zzz",
  ];
}

async function measureInTurns(
  scenario: Scenario,
  contenders: readonly Contender[],
  ceiling: Scenario,
  ceilingServer: Server,
): Promise<{ rows: Row[]; ceiling?: Measured }> {
  const labelled = contenders.length > 1;
  const rowName = (label: string) => (labelled ? `${scenario.name} [${label}]` : scenario.name);
  const live: Contender[] = [];
  const skippedRows: Row[] = [];
  for (const contender of contenders) {
    const skipped = await probe(scenario, contender.server.target);
    if (skipped) {
      console.log(`  ${rowName(contender.label)}: skipped, ${skipped}`);
      skippedRows.push({
        name: rowName(contender.label),
        emulator: contender.label,
        scenario: scenario.name,
        target: scenario.target,
        skipped,
      });
    } else live.push(contender);
  }
  if (live.length === 0) return { rows: skippedRows };

  const turnMs = durationMs / TURNS;
  // Warm-up of each (caches, connections), then the measured turns. The order within a turn
  // rotates, so no server always runs right after the same one.
  const servers = [{ scenario: ceiling, server: ceilingServer }, ...live.map(({ server }) => ({ scenario, server }))];
  for (const { scenario: run, server } of servers)
    await runLoadRaw({ ...warmUp, target: server.target, next: run.next });
  const turns: Measured[][] = servers.map(() => []);
  for (let turn = 0; turn < TURNS; turn++) {
    for (let step = 0; step < servers.length; step++) {
      const index = (turn + step) % servers.length;
      const { scenario: run, server } = servers[index]!;
      turns[index]!.push(await measureTurn(run, server, turnMs));
    }
  }
  const [ceilingTurns = [], ...contenderTurns] = turns;
  const ceilingRow = toRow(ceiling, ceilingTurns);
  const rows = live.map((contender, index) => {
    const row: Row = { ...toRow(scenario, contenderTurns[index] ?? []), name: rowName(contender.label) };
    if (labelled) Object.assign(row, { emulator: contender.label, scenario: scenario.name });
    if (ceilingRow.result) {
      row.ceiling = {
        requestsPerSecond: ceilingRow.result.requestsPerSecond,
        cpuUsPerRequest: ceilingRow.cpuUsPerRequest,
      };
    }
    const { requestsPerSecond, p50Ms, p99Ms, errors, firstError } = row.result!;
    console.log(
      `  ${row.name}: ${Math.round(requestsPerSecond).toLocaleString("en-US")} req/s (${ofCeiling(row)} of ` +
        `${Math.round(row.ceiling?.requestsPerSecond ?? 0).toLocaleString("en-US")}), ` +
        `${row.cpuUsPerRequest === undefined ? "" : `${Math.round(row.cpuUsPerRequest)} µs CPU/req, `}` +
        `p50 ${p50Ms.toFixed(2)} ms, p99 ${p99Ms.toFixed(2)} ms${errors ? `, ${errors} errors (${firstError})` : ""}`,
    );
    return row;
  });
  return { rows: [...skippedRows, ...rows], ceiling: mergeMeasured(ceilingTurns) };
}

/** Why a scenario cannot be measured (its endpoint answers 404, or its first request fails), if it cannot. */
async function probe(scenario: Scenario, target: LoadTarget): Promise<string | undefined> {
  const agent = new Agent({ keepAlive: false });
  try {
    const routed = scenario.endpoint && (await send(agent, target, { method: "OPTIONS", path: scenario.endpoint }));
    if (routed && routed.status === 404) return "endpoint answers 404: not implemented yet";
    const first = await send(agent, target, scenario.next());
    if (first.status !== 200) return `first request answered ${first.status} ${first.body.slice(0, 200)}`;
    return undefined;
  } finally {
    agent.destroy();
  }
}

async function measureTurn(scenario: Scenario, server: Server, ms: number): Promise<Measured> {
  let before: number | undefined;
  const run = await runLoadRaw({
    target: server.target,
    concurrency,
    warmupMs: 0,
    durationMs: ms,
    next: scenario.next,
    onMeasureStart: () => (before = cpuMicros(server.process)),
  });
  const after = cpuMicros(server.process);
  return { run, cpuMicros: before === undefined || after === undefined ? undefined : after - before };
}

function mergeMeasured(parts: readonly Measured[]): Measured {
  const cpu = parts.every((part) => part.cpuMicros !== undefined)
    ? parts.reduce((sum, part) => sum + (part.cpuMicros ?? 0), 0)
    : undefined;
  return { run: mergeRuns(parts.map((part) => part.run)), cpuMicros: cpu };
}

function toRow(scenario: Scenario, parts: readonly Measured[]): Row {
  const { run, cpuMicros: cpu } = mergeMeasured(parts);
  const result = summarize(run);
  return {
    name: scenario.name,
    target: scenario.target,
    result,
    cpuUsPerRequest: cpu === undefined || result.requests === 0 ? undefined : cpu / result.requests,
  };
}

/**
 * The share of the ceiling's req/s measured in turns with it: reads against one SELECT, writes
 * against one INSERT. It moves far less with other load on the machine than req/s does, so runs
 * made in different conditions compare by it.
 */
function ofCeiling(row: Row): string {
  if (!row.result || !row.ceiling) return "";
  return `${Math.round((100 * row.result.requestsPerSecond) / row.ceiling.requestsPerSecond)} %`;
}

/** CPU µs per request, and (for a scenario) how many of its ceiling's requests that is. */
function cpuPerRequest(row: Row): string {
  if (row.cpuUsPerRequest === undefined) return "–";
  const ceiling = row.ceiling?.cpuUsPerRequest;
  if (ceiling === undefined) return String(Math.round(row.cpuUsPerRequest));
  return `${Math.round(row.cpuUsPerRequest)} (×${(row.cpuUsPerRequest / ceiling).toFixed(1)})`;
}

function formatReport(rows: Row[]): string {
  const cells = rows.map((row) => {
    const target =
      row.target === undefined
        ? "ceiling"
        : "rps" in row.target
          ? `≥ ${row.target.rps.toLocaleString("en-US")} req/s`
          : `p99 ≤ ${row.target.p99Ms} ms`;
    const result = row.result;
    if (!result) {
      const reason = truncate((row.skipped ?? "").replace(/\|/g, "\\|"), 100);
      return [row.name, "–", "–", "–", "–", "–", "–", target, `skipped: ${reason}`];
    }
    const met =
      row.target === undefined
        ? ""
        : ("rps" in row.target ? result.requestsPerSecond >= row.target.rps : result.p99Ms <= row.target.p99Ms) &&
            result.errors === 0
          ? "met"
          : "**missed**";
    return [
      row.name,
      Math.round(result.requestsPerSecond).toLocaleString("en-US"),
      ofCeiling(row),
      cpuPerRequest(row),
      result.p50Ms.toFixed(2),
      result.p99Ms.toFixed(2),
      String(result.errors),
      target,
      met,
    ];
  });
  return [
    `- Machine: ${machine().summary}`,
    `- Run: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, load average ${startLoad.toFixed(2)} ` +
      `before it, ${os.loadavg()[0]?.toFixed(2)} after; ${concurrency} keep-alive connections, ` +
      `${durationMs / 1000} s per scenario${compareLabel ? " and emulator" : ""} after ${warmupMs / 1000} s warm-up; ` +
      `${members.toLocaleString("en-US")} bulk members + the demo data`,
    ...(compareLabel
      ? [
          `- Emulators: ${compareLabel} (--compare) and ${currentLabel}, in turns with the ceiling, each on its own copy of the data`,
        ]
      : [`- Emulator: ${currentLabel}`]),
    "",
    markdownTable(
      ["Scenario", "req/s", "of ceiling", "CPU µs/req", "p50 ms", "p99 ms", "errors", "target", "result"],
      cells,
      [1, 2, 3, 4, 5, 6],
    ),
    ...(compareLabel ? ["", comparisonTable(rows, compareLabel, currentLabel)] : []),
  ].join("\n");
}

/** With --compare: each endpoint before (the other checkout) and after (this one), side by side. */
function comparisonTable(rows: Row[], before: string, after: string): string {
  const scenarios = [...new Set(rows.flatMap((row) => (row.scenario ? [row.scenario] : [])))];
  const cells = scenarios.map((scenario) => {
    const find = (label: string) => rows.find((row) => row.scenario === scenario && row.emulator === label);
    const [old, now] = [find(before), find(after)];
    const rps = (row?: Row) => row?.result?.requestsPerSecond;
    const ratio = rps(old) && rps(now) ? `${((100 * rps(now)!) / rps(old)!).toFixed(0)} %` : "–";
    const cpu = (row?: Row) => (row?.cpuUsPerRequest === undefined ? "–" : String(Math.round(row.cpuUsPerRequest)));
    const p99 = (row?: Row) => (row?.result ? row.result.p99Ms.toFixed(1) : "–");
    return [
      scenario,
      (old && ofCeiling(old)) || "–",
      (now && ofCeiling(now)) || "–",
      ratio,
      `${cpu(old)} → ${cpu(now)}`,
      `${p99(old)} → ${p99(now)}`,
    ];
  });
  return markdownTable(
    ["Endpoint", `${before} of ceiling`, `${after} of ceiling`, "req/s after ÷ before", "CPU µs/req", "p99 ms"],
    cells,
    [1, 2, 3, 4, 5],
  );
}

/** A Markdown table padded the way Prettier pads it, so it reads in a terminal and stays put in the README. */
function markdownTable(header: string[], rows: string[][], rightAligned: number[]): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const pad = (text: string, column: number) => {
    const width = widths[column] ?? 0;
    return rightAligned.includes(column) ? text.padStart(width) : text.padEnd(width);
  };
  const line = (row: string[]) => `| ${row.map((text, column) => pad(text, column)).join(" | ")} |`;
  const rule = widths.map((width, column) =>
    rightAligned.includes(column) ? `${"-".repeat(width - 1)}:` : "-".repeat(width),
  );
  return [line(header), `| ${rule.join(" | ")} |`, ...rows.map(line)].join("\n");
}

function updateReadme(report: string) {
  const readme = readFileSync(readmePath, "utf8");
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${README_START} … ${README_END} block.`);
  writeFileSync(readmePath, `${readme.slice(0, start + README_START.length)}\n\n${report}\n\n${readme.slice(end)}`);
}

function machine() {
  const cpus = os.cpus();
  const summary =
    `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
  return { summary, cpus: cpus.length };
}

/**
 * The TypeScript servers run as `node --import tsx <file>`: one process, whose CPU time
 * /proc/<pid>/stat gives (the `tsx` command would put the server in a child of its own).
 */
async function startProcess(
  name: string,
  argv: string[],
  env: Record<string, string>,
  cwd = root,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", ...argv], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (/listening/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code}:\n${output}`));
    });
  });
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(tmp, { recursive: true, force: true });
}

/** User + system CPU time of a process so far, in µs, from /proc (undefined where there is no /proc). */
function cpuMicros(child: ChildProcess): number | undefined {
  if (child.pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    // The ticks are USER_HZ, 100 a second on every Linux Node runs on.
    return Number.isFinite(ticks) ? ticks * 10_000 : undefined;
  } catch {
    return undefined;
  }
}

/** A checkout's commit, marked when its emulator has uncommitted changes. */
function checkoutLabel(dir: string): string {
  const head = spawnSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" });
  const commit = head.status === 0 ? head.stdout.trim() : path.basename(dir);
  const status = spawnSync(
    "git",
    ["-C", dir, "status", "--porcelain", "--untracked-files=no", "--", "server/emulator"],
    {
      encoding: "utf8",
    },
  );
  return status.status === 0 && status.stdout.trim() !== "" ? `${commit}+changes` : commit;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function post(pathname: string, body: unknown): LoadRequest {
  return { method: "POST", path: pathname, body: JSON.stringify(body) };
}

/** Now as the docs write `created`: local Jakarta time with its offset. */
function jakartaNow(): string {
  return `${new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

function cycle<T>(values: readonly T[]): () => T {
  let index = 0;
  return () => {
    const value = values[index++ % values.length];
    if (value === undefined) throw new Error("cycle over an empty list");
    return value;
  };
}

function positiveInt(raw: string | undefined, flag: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} must be a positive whole number, got ${raw}`);
  return value;
}
