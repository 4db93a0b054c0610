import { type ChildProcess, spawn } from "node:child_process";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDbFile } from "@/scripts/test/test-db";
import { createDbClient } from "./db-client";
import { PrismaClient } from "./generated/prisma/client";

// The other writer is another process, as the web server and a campaign worker are to each other. (Not a second
// client in this one: better-sqlite3 waits for a lock synchronously, so a holder here could never let go.)
const clients: PrismaClient[] = [];
const holders: ChildProcess[] = [];
afterEach(async () => {
  for (const holder of holders.splice(0)) holder.kill("SIGKILL");
  await Promise.all(clients.splice(0).map((client) => client.$disconnect()));
});

async function connected(client: PrismaClient) {
  clients.push(client);
  await client.$connect();
  return client;
}

const HOLDER = `
  const [file, ms] = process.argv.slice(1);
  const db = new (require("better-sqlite3"))(file, { timeout: 10000 });
  db.pragma("journal_mode = WAL");
  db.exec("BEGIN IMMEDIATE");
  db.prepare("INSERT INTO LoginThrottle (key, failures) VALUES ('holder', 1)").run();
  process.stdout.write("locked");
  setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(ms));
`;

/** Another process writes a row to `file` and keeps the write lock for `ms`; resolves once it holds it. */
async function holdWriteLock(file: string, ms: number) {
  const holder = spawn(process.execPath, ["-e", HOLDER, file, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  holders.push(holder);
  const exited = new Promise<number | null>((resolve) => holder.once("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    holder.stdout.once("data", () => resolve());
    void exited.then((code) => reject(new Error(`The lock holder exited (${code}) before taking the lock`)));
  });
  return { released: exited, stillHolding: () => holder.exitCode === null };
}

/** Reads, then writes: what a sign-in, an audit event or a factory's upsert does. */
const readThenWrite = (client: PrismaClient, key: string) =>
  client.$transaction(async (tx) => {
    const failures = await tx.loginThrottle.count();
    await tx.loginThrottle.create({ data: { key, failures } });
  });

const keys = async (client: PrismaClient) =>
  (await client.loginThrottle.findMany({ orderBy: { key: "asc" } })).map(({ key, failures }) => ({ key, failures }));

describe("createDbClient: processes sharing one SQLite file", () => {
  it("the adapter on its own fails a read-then-write transaction at once while another process writes", async () => {
    // Why createDbClient exists: a 10 s busy timeout does not help a DEFERRED transaction that has already read.
    const file = createTestDbFile();
    const bare = await connected(
      new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 10_000 }) }),
    );
    const holder = await holdWriteLock(file, 5_000);

    await expect(readThenWrite(bare, "bare")).rejects.toThrow(/timed out|SQLITE_BUSY|database is locked/);
    // It did not wait: the other process still holds the lock.
    expect(holder.stillHolding()).toBe(true);
  });

  it("a read-then-write transaction waits for the other process's write, then reads what it wrote", async () => {
    const file = createTestDbFile();
    const client = await connected(createDbClient(`file:${file}`));
    // Longer than Prisma's 2 s wait for a transaction to start: the wait is SQLite's, within the busy timeout.
    const holder = await holdWriteLock(file, 2_500);

    await readThenWrite(client, "waited");
    await holder.released;
    // It counted the holder's row: it waited for the lock and then read, not an older snapshot.
    expect(await keys(client)).toEqual([
      { key: "holder", failures: 1 },
      { key: "waited", failures: 1 },
    ]);
  });

  it("Prisma's own transactions wait too: concurrent upserts of one key while another process writes", async () => {
    const file = createTestDbFile();
    const client = await connected(createDbClient(`file:${file}`));
    const holder = await holdWriteLock(file, 500);

    const upsert = () =>
      client.loginThrottle.upsert({ where: { key: "shared" }, create: { key: "shared", failures: 1 }, update: {} });
    await Promise.all([upsert(), upsert(), upsert(), holder.released]);
    expect(await keys(client)).toEqual([
      { key: "holder", failures: 1 },
      { key: "shared", failures: 1 },
    ]);
  });

  it("gives up after its busy timeout, and its connection still works afterwards", async () => {
    const file = createTestDbFile();
    const client = await connected(createDbClient(`file:${file}`, { busyTimeoutMs: 200 }));
    const holder = await holdWriteLock(file, 2_000);

    const started = Date.now();
    await expect(readThenWrite(client, "gave-up")).rejects.toThrow(/timed out|SQLITE_BUSY|database is locked/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    await holder.released;

    // No transaction left open on the connection, and the adapter lets the next one in.
    await readThenWrite(client, "later");
    expect(await keys(client)).toEqual([
      { key: "holder", failures: 1 },
      { key: "later", failures: 1 },
    ]);
  });
});
