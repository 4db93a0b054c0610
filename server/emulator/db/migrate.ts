import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "better-sqlite3";

// Applies the checked-in Prisma migrations the way `prisma migrate deploy` does, with the same
// `_prisma_migrations` bookkeeping (sha256 checksum of migration.sql), so the Prisma CLI and this
// function can take turns on one database. Doing it in-process keeps start-up and test set-up in
// milliseconds instead of spawning the CLI and its WebAssembly schema engine.

const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; finished_at: string | null; rolled_back_at: string | null };

/** Returns the names of the migrations it applied. */
export function applyMigrations(sqlite: Database, migrationsDir: string): string[] {
  sqlite.exec(MIGRATIONS_TABLE_DDL);
  const rows = sqlite
    .prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations")
    .all() as AppliedRow[];

  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier on this database; resolve it with ` +
        "`node scripts/prisma.mjs migrate resolve --config server/emulator/prisma.config.ts` or delete the database file.",
    );
  }

  const done = new Set(rows.filter((row) => row.finished_at !== null).map((row) => row.migration_name));
  const pending = listMigrations(migrationsDir).filter((name) => !done.has(name));

  const start = sqlite.prepare(
    "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES (?, ?, ?, ?)",
  );
  const finish = sqlite.prepare("UPDATE _prisma_migrations SET finished_at = ?, applied_steps_count = 1 WHERE id = ?");
  const recordFailure = sqlite.prepare("UPDATE _prisma_migrations SET logs = ? WHERE id = ?");

  for (const name of pending) {
    const script = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
    const id = randomUUID();
    start.run(id, createHash("sha256").update(script).digest("hex"), name, timestamp());
    try {
      sqlite.exec(script);
    } catch (error) {
      recordFailure.run(error instanceof Error ? error.message : String(error), id);
      throw error;
    }
    finish.run(timestamp(), id);
  }
  return pending;
}

function listMigrations(migrationsDir: string): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

// Prisma's adapter writes DateTime values in this form; matching it keeps the table uniform.
function timestamp(): string {
  return new Date().toISOString().replace("Z", "+00:00");
}
