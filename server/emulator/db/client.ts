import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { databasePathFromUrl, migrationsDir } from "../config";
import { PrismaClient } from "../generated/prisma/client";
import { applyMigrations } from "./migrate";

const BUSY_TIMEOUT_MS = 5000;
// Per connection; journal_mode = WAL is stored in the file and set once below.
const CONNECTION_PRAGMAS = [
  "PRAGMA synchronous = NORMAL",
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
  "PRAGMA foreign_keys = ON",
];

/**
 * Two connections to one WAL-mode file: `sqlite` serves every request through prepared statements
 * (typed raw SQL, the data layer: `db/stores.ts`), `prisma` only inserts the demo data into an
 * empty database (`seed.ts`). busy_timeout makes concurrent writers queue instead of failing.
 */
export type EmulatorDb = {
  sqlite: Database.Database;
  prisma: PrismaClient;
  appliedMigrations: string[];
  close: () => Promise<void>;
};

export async function openEmulatorDb(databaseUrl: string): Promise<EmulatorDb> {
  const file = databasePathFromUrl(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });

  const sqlite = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  sqlite.pragma("journal_mode = WAL");
  for (const pragma of CONNECTION_PRAGMAS) sqlite.exec(pragma);
  const appliedMigrations = applyMigrations(sqlite, migrationsDir);

  const prisma = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS }),
  });
  // The adapter keeps a single connection, so pragmas set once stay in force.
  for (const pragma of CONNECTION_PRAGMAS) await prisma.$executeRawUnsafe(pragma);

  return {
    sqlite,
    prisma,
    appliedMigrations,
    close: async () => {
      await prisma.$disconnect();
      sqlite.close();
    },
  };
}
