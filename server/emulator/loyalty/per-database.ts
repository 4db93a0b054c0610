import type { Database } from "better-sqlite3";

/**
 * Memoises prepared statements per connection: services are plain functions taking the
 * better-sqlite3 handle, and prepare their statements once on first use.
 */
export function perDatabase<T>(prepare: (sqlite: Database) => T): (sqlite: Database) => T {
  const cache = new WeakMap<Database, T>();
  return (sqlite) => {
    let value = cache.get(sqlite);
    if (value === undefined) {
      value = prepare(sqlite);
      cache.set(sqlite, value);
    }
    return value;
  };
}

/**
 * Runs `fn` in one `BEGIN IMMEDIATE` transaction, or as a savepoint of the caller's transaction:
 * a read-check-write never interleaves with another request's.
 */
export function immediate<T>(sqlite: Database, fn: () => T): T {
  return sqlite.transaction(fn).immediate();
}
