// Playwright's campaign worker: waits until the back office answers (e2e-app.mjs has migrated and seeded its fresh
// database by then), then runs `npm run worker`'s command on the same database, so browser tests see campaigns run.
import { spawn } from "node:child_process";
import path from "node:path";
import { root, teeOutput } from "../lib/run.mjs";
import { E2E_APP_PORT, testDataDir } from "./test-env.mjs";

const deadline = Date.now() + 170_000;
for (;;) {
  try {
    await fetch(`http://localhost:${E2E_APP_PORT}/login`);
    break;
  } catch {
    if (Date.now() > deadline) {
      console.error("The back office did not come up; the campaign worker is not started.");
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const child = spawn(
  process.execPath,
  ["--max-old-space-size=192", "--conditions=react-server", "--import", "tsx", "server/campaign-worker.ts"],
  {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    // The default poll (1 s), as in production: polling every 300 ms cost a tenth of a core all through the suite
    // (five queries and a heartbeat write per poll) to start a test's campaign 0.7 s sooner.
    env: process.env,
  },
);
// Its log is also kept in a file, which the token-leak spec reads: no line may hold a merchant's token.
teeOutput(child, path.join(testDataDir, "e2e-worker.log"));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
