import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "@/env";
import { PrismaClient } from "@/server/generated/prisma/client";

function createPrismaClient() {
  const adapter = new PrismaBetterSqlite3({ url: env.DATABASE_URL, timeout: 10_000 });
  const client = new PrismaClient({ adapter });
  // WAL lets readers and a writer work side by side (the rollback journal turns concurrent sign-ins
  // into SQLITE_BUSY); the setting is stored in the file, so setting it once per process is plenty.
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  return client;
}

// One client per process; Next's dev server re-evaluates modules on every change.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createPrismaClient> };

export const db = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
