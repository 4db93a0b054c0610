// Fixed, test-only configuration shared by the test runner, vitest and Playwright.
// These secrets protect nothing real: test databases live under data/test and are thrown away.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
export const testDataDir = path.join(root, "data", "test");

// Overridable so two checkouts on one machine can run their browser tests side by side.
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4110);

/** An allowed Stamps address where nothing listens, for "Stamps is down" tests. */
export const UNREACHABLE_STAMPS_URL = "http://localhost:9";

export const testEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: "test-only-auth-secret-0123456789abcdef0123456789",
  AUTH_TRUST_HOST: "true",
  TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  TOKEN_ENCRYPTION_KEY_VERSION: "1",
  TOKEN_ENCRYPTION_PREVIOUS_KEYS: "",
  STAMPS_TIMEOUT_MS: "5000",
  EMULATOR_DEMO_TOKEN: "test-emulator-token-0123456789abcdef",
  EMULATOR_OTHER_DEMO_TOKEN: "test-emulator-token-merchant-15-0123",
};

export const e2eEnv = {
  ...testEnv,
  DATABASE_URL: `file:${path.join(testDataDir, "e2e-backoffice.db")}`,
  DEMO_STAMPS_API_BASE_URL: `http://localhost:${E2E_EMULATOR_PORT}`,
  STAMPS_API_ALLOWED_BASE_URLS: `https://stamps.co.id,http://localhost:${E2E_EMULATOR_PORT}`,
  EMULATOR_PORT: String(E2E_EMULATOR_PORT),
  EMULATOR_DATABASE_URL: `file:${path.join(testDataDir, "e2e-emulator.db")}`,
};
