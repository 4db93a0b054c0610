import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client";

/** How long a statement waits for another process's write to finish before it gives up. */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * The one way to open the back office's SQLite database, for the web server, the campaign workers, the scripts and
 * the tests alike: several processes share the file, so every client must wait for the others in the same way.
 *
 * - WAL journal: readers and one writer work side by side (set once per connection; it is stored in the file).
 * - A busy timeout: a write waits up to `busyTimeoutMs` for another process's write instead of failing.
 * - Transactions take the write lock when they begin (BEGIN IMMEDIATE). The adapter opens them DEFERRED, and SQLite
 *   does not wait on the busy timeout for a transaction that has already read: the moment it first writes while
 *   another process is writing, it fails at once with SQLITE_BUSY ("Operation has timed out"), whatever the timeout.
 *   A sign-in or a staff action reading and then writing while a campaign worker records its results did exactly
 *   that. Taking the lock up front makes it queue instead.
 */
export function createDbClient(url: string, { busyTimeoutMs = BUSY_TIMEOUT_MS } = {}) {
  return new PrismaClient({
    adapter: withImmediateTransactions(new PrismaBetterSqlite3({ url, timeout: busyTimeoutMs })),
  });
}

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

function withImmediateTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await factory.connect();
      await adapter.executeScript("PRAGMA journal_mode = WAL");
      return {
        provider: adapter.provider,
        adapterName: adapter.adapterName,
        queryRaw: (query) => adapter.queryRaw(query),
        executeRaw: (query) => adapter.executeRaw(query),
        executeScript: (script) => adapter.executeScript(script),
        getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
        dispose: () => adapter.dispose(),
        async startTransaction(isolationLevel) {
          // The adapter has just sent BEGIN (deferred, nothing read yet, so no lock held): end it and begin again,
          // immediately, on the same connection while the adapter keeps its other callers out.
          const transaction = await adapter.startTransaction(isolationLevel);
          try {
            await transaction.executeRaw(statement("COMMIT"));
            await transaction.executeRaw(statement("BEGIN IMMEDIATE"));
            return transaction;
          } catch (error) {
            // Leave no transaction open, and let the adapter's next caller in (its rollback() sends no SQL).
            await transaction.executeRaw(statement("ROLLBACK")).catch(() => undefined);
            await transaction.rollback();
            throw error;
          }
        },
      };
    },
  };
}
