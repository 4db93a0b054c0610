import path from "node:path";
import { defineConfig } from "vitest/config";
import { testEnv } from "./scripts/test/test-env.mjs";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // Next's guard against importing server code into the browser; tests run on the server.
      "server-only": path.join(import.meta.dirname, "scripts", "test", "empty-module.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    globalSetup: ["scripts/test/vitest-global-setup.ts"],
    env: testEnv,
    pool: "forks",
    // Vitest's default on 2 cores is one file at a time; the files mostly wait on the emulator and on processes
    // they start, and each has its own database copy and unique members, so two run side by side.
    maxWorkers: 2,
    silent: "passed-only",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
