import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../server/generated/prisma/client";
import { e2eEnv } from "../../scripts/test/test-env.mjs";

let client: PrismaClient | undefined;

/** The browser tests' back-office database, for building data and checking what a click changed. */
export function e2eDb() {
  client ??= new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: e2eEnv.DATABASE_URL }) });
  return client;
}
