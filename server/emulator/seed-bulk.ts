// Adds synthetic members to an emulator database, for benchmarks and load tests:
//   npx tsx server/emulator/seed-bulk.ts --members 100000 [--database file:/tmp/bench.db]
// Without --database it uses EMULATOR_DATABASE_URL (or the default data/emulator.db). Run it while
// the emulator is stopped: it holds the write lock for the whole insert.
import { parseArgs } from "node:util";
import { loadEmulatorConfig, resolveDatabaseUrl } from "./config";
import { openEmulatorDb } from "./db/client";
import { seedDemoData } from "./seed";
import { insertBulkMembers } from "./seed-bulk-members";

const USAGE = "Usage: npx tsx server/emulator/seed-bulk.ts --members <count> [--database file:<path>]";

const { values } = parseArgs({
  options: { members: { type: "string" }, database: { type: "string" }, help: { type: "boolean" } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const members = Number(values.members);
if (!Number.isInteger(members) || members <= 0 || members > 10_000_000) {
  console.error(`--members must be a whole number from 1 to 10,000,000.\n${USAGE}`);
  process.exit(2);
}

const config = loadEmulatorConfig();
const databaseUrl = values.database === undefined ? config.databaseUrl : resolveDatabaseUrl(values.database);
const db = await openEmulatorDb(databaseUrl);
try {
  await seedDemoData(db, { demoToken: config.demoToken, otherToken: config.otherDemoToken });
  const result = insertBulkMembers(db.sqlite, { members });
  // Fold the WAL back into the file so the next start does not replay hundreds of megabytes.
  db.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const count = (n: number) => n.toLocaleString("en-US");
  console.log(
    `Added ${count(result.members)} members of merchant 14 (user ids ${count(result.firstUserId)}–` +
      `${count(result.lastUserId)}), ${count(result.searchTerms)} search terms and ` +
      `${count(result.transactions)} transactions in ${(result.ms / 1000).toFixed(1)} s to ${databaseUrl}`,
  );
} finally {
  await db.close();
}
