import path from "node:path";
import { fileURLToPath } from "node:url";

// The only emulator module that reads process.env; everything else receives values.

export const emulatorDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(emulatorDir, "../..");
export const migrationsDir = path.join(emulatorDir, "prisma", "migrations");

type Env = Record<string, string | undefined>;

export type EmulatorConfig = {
  port: number;
  host: string;
  databaseUrl: string;
  demoToken: string | undefined;
  otherDemoToken: string | undefined;
  /** enables fault injection and its control endpoint (/_emulator/faults); unset, neither exists */
  controlSecret: string | undefined;
};

export function loadEmulatorConfig(env: Env = process.env): EmulatorConfig {
  return {
    port: parsePort(env.EMULATOR_PORT),
    host: env.EMULATOR_HOST?.trim() || "localhost",
    databaseUrl: resolveDatabaseUrl(env.EMULATOR_DATABASE_URL),
    demoToken: env.EMULATOR_DEMO_TOKEN?.trim() || undefined,
    otherDemoToken: env.EMULATOR_OTHER_DEMO_TOKEN?.trim() || undefined,
    controlSecret: env.EMULATOR_CONTROL_SECRET?.trim() || undefined,
  };
}

/** Also used by prisma.config.ts, so the CLI and the server always agree on the file. */
export function databaseUrlFromEnv(env: Env = process.env): string {
  return resolveDatabaseUrl(env.EMULATOR_DATABASE_URL);
}

/**
 * Normalises a SQLite URL to `file:<absolute path>`. Relative paths are taken from the repository
 * root rather than the working directory, so the server and the Prisma CLI open the same file
 * whichever folder they are started from.
 */
export function resolveDatabaseUrl(raw: string | undefined): string {
  const value = raw?.trim() || `file:${path.join(repoRoot, "data", "emulator.db")}`;
  const filePath = value.replace(/^file:(\/\/(?=\/))?/, "");
  return `file:${path.resolve(repoRoot, filePath)}`;
}

export function databasePathFromUrl(url: string): string {
  return url.replace(/^file:/, "");
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 4010;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`EMULATOR_PORT must be a port number, got "${raw}"`);
  }
  return port;
}
