import { defineConfig, devices } from "@playwright/test";
import { e2eEnv, E2E_APP_PORT, E2E_EMULATOR_PORT } from "./scripts/test/test-env.mjs";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // With the whole product on 2 cores (app, emulator, campaign worker, two browsers) the slowest test takes about
  // 18 s; 60 s leaves room for a machine busy with other work too.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${E2E_APP_PORT}`,
    // A failed test keeps its trace (actions, DOM snapshots, network) but no screencast: recording frames for every
    // test cost about a fifth of the whole suite's CPU (106 vs 137 CPU-seconds for e2e/members/lookup.spec.ts).
    trace: { mode: "retain-on-failure", screenshots: false },
    screenshot: "only-on-failure",
    // Each worker keeps one browser context, which Playwright resets between tests: cookies, cache, local and
    // session storage, routes, init scripts, viewport and emulation; each test gets new Page and BrowserContext
    // objects, so listeners a test added do not outlive it. A fresh context per test cost about 2 CPU-seconds before
    // the test did anything (40 empty tests, measured with a cpuacct cgroup), a third of a short test; the suite
    // ran in 7.7 instead of 10.8 minutes. Every test still signs in as a staff member of its own and makes its own
    // members, so nothing a test reads comes from another; what a reset leaves (granted permissions, the tab's
    // history) no test depends on.
    reuseContext: true,
    // Dialogs and menus open without zooming or sliding (app/globals.css keeps only their fade for reduced motion).
    reducedMotion: "reduce",
    locale: "en-GB",
    timezoneId: "Asia/Jakarta",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: "node scripts/test/e2e-emulator.mjs",
      // Any documented answer will do: without a token the emulator says 403.
      url: `http://localhost:${E2E_EMULATOR_PORT}/api/memberships/status`,
      env: e2eEnv,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
    },
    {
      command: "node scripts/test/e2e-app.mjs",
      url: `http://localhost:${E2E_APP_PORT}/login`,
      env: e2eEnv,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // Issues running campaigns, on the app's database once the app is up.
      command: "node scripts/test/e2e-worker.mjs",
      wait: { stdout: /Campaign worker \S+ ready/ },
      env: e2eEnv,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
