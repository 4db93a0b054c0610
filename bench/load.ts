import { Agent, request } from "node:http";

// A small closed-loop load generator: `concurrency` workers on keep-alive connections, each sending
// its next request as soon as the previous answer is read, for a fixed time. No dependencies, so
// the benchmark needs nothing beyond Node.

export type LoadRequest = { method: "GET" | "POST" | "OPTIONS"; path: string; body?: string };

export type LoadTarget = { host: string; port: number; headers: Record<string, string> };

export type LoadResult = {
  requests: number;
  /** answers other than `expectStatus`, and failed connections */
  errors: number;
  firstError: string | undefined;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
};

/** One measured phase, before summarizing: runs measured in turns are merged into one result. */
export type LoadRun = { latencies: number[]; errors: number; firstError: string | undefined; seconds: number };

export type Answer = { status: number; body: string };

export function send(agent: Agent, target: LoadTarget, spec: LoadRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...target.headers };
    if (spec.body !== undefined) {
      headers["Content-Type"] = "application/json";
      headers["Content-Length"] = Buffer.byteLength(spec.body);
    }
    const req = request({ agent, host: target.host, port: target.port, method: spec.method, path: spec.path, headers });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(spec.body);
  });
}

type LoadOptions = {
  target: LoadTarget;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  next: () => LoadRequest;
  expectStatus?: number;
  /** called between the warm-up and the measured phase (e.g. to read the server's CPU time) */
  onMeasureStart?: () => void;
};

/**
 * Runs `next()` requests with `concurrency` workers: first `warmupMs` unmeasured (JIT, caches,
 * connection set-up), then `durationMs` measured.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  return summarize(await runLoadRaw(options));
}

/** runLoad without the summary: the measured phase's latencies, errors and length. */
export async function runLoadRaw(options: LoadOptions): Promise<LoadRun> {
  const { target, concurrency, next } = options;
  const expectStatus = options.expectStatus ?? 200;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    await phase(options.warmupMs);
    options.onMeasureStart?.();
    return await phase(options.durationMs);
  } finally {
    agent.destroy();
  }

  async function phase(ms: number): Promise<LoadRun> {
    const latencies: number[] = [];
    let errors = 0;
    let firstError: string | undefined;
    const started = performance.now();
    const deadline = started + ms;

    const worker = async () => {
      while (performance.now() < deadline) {
        const spec = next();
        const sent = performance.now();
        try {
          const answer = await send(agent, target, spec);
          latencies.push(performance.now() - sent);
          if (answer.status !== expectStatus) {
            errors += 1;
            firstError ??= `${spec.method} ${spec.path} → ${answer.status} ${answer.body.slice(0, 300)}`;
          }
        } catch (error) {
          errors += 1;
          firstError ??= `${spec.method} ${spec.path} → ${error instanceof Error ? error.message : String(error)}`;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { latencies, errors, firstError, seconds: (performance.now() - started) / 1000 };
  }
}

/** Runs measured in turns as one: their requests over their summed time, their latencies pooled. */
export function mergeRuns(runs: readonly LoadRun[]): LoadRun {
  return {
    latencies: runs.flatMap((run) => run.latencies),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    firstError: runs.find((run) => run.firstError !== undefined)?.firstError,
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
  };
}

export function summarize(run: LoadRun): LoadResult {
  const sorted = Float64Array.from(run.latencies).sort();
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
  return {
    requests: sorted.length,
    errors: run.errors,
    firstError: run.firstError,
    seconds: run.seconds,
    requestsPerSecond: sorted.length / run.seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  } satisfies LoadResult;
}
