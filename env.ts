import path from "node:path";
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { parseAllowedOrigins } from "./server/stamps/base-url";

const base64Key = z.string().refine((value) => Buffer.from(value, "base64").length === 32, {
  message: "must be 32 random bytes, base64-encoded (openssl rand -base64 32)",
});

/** Relative SQLite URLs are resolved against the project root, whatever the current directory. */
const sqliteUrl = z
  .string()
  .startsWith("file:")
  .transform((url) => {
    const file = url.slice("file:".length);
    return `file:${path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
  });

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: sqliteUrl.default("file:./data/backoffice.db"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    TOKEN_ENCRYPTION_KEY: base64Key,
    TOKEN_ENCRYPTION_KEY_VERSION: z.coerce.number().int().positive().default(1),
    /** Earlier keys kept for decryption during a rotation: "1:<base64>,2:<base64>". */
    TOKEN_ENCRYPTION_PREVIOUS_KEYS: z.string().default(""),
    /**
     * Where merchants' Stamps API may live, comma-separated origins. Tokens are sent only there; the demo and the
     * tests add the emulator's localhost address.
     */
    STAMPS_API_ALLOWED_BASE_URLS: z
      .string()
      .default("https://stamps.co.id")
      .transform((list, ctx) => {
        try {
          return parseAllowedOrigins(list);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
          return z.NEVER;
        }
      }),
    STAMPS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    /** Campaign worker (server/campaign-worker.ts): how long a claimed row is held without renewal. */
    CAMPAIGN_WORKER_LEASE_MS: z.coerce.number().int().min(1000).default(30_000),
    /** Campaign worker: how often it looks for running campaigns and requested dry runs. */
    CAMPAIGN_WORKER_POLL_MS: z.coerce.number().int().min(50).default(1000),
    /** Campaign worker: the name its leases carry (default host-pid-random; must differ per process). */
    CAMPAIGN_WORKER_ID: z.string().trim().min(1).optional(),
    /** Campaign worker: how often it logs its memory (RSS, V8 heap), in ms; 0 never. */
    CAMPAIGN_WORKER_MEMORY_LOG_MS: z.coerce.number().int().min(0).default(60_000),
    /** Used only by the demo seed: where the demo merchant's Stamps API lives and its token. */
    DEMO_STAMPS_API_BASE_URL: z.url().default("http://localhost:4010"),
    EMULATOR_DEMO_TOKEN: z.string().min(16).optional(),
    /** The emulator's second merchant (15), so the demo admin has a merchant switcher. */
    EMULATOR_OTHER_DEMO_TOKEN: z.string().min(16).optional(),
  },
  client: {},
  experimental__runtimeEnv: {},
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});
